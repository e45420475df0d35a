// SPDX-License-Identifier: GPL-3.0-or-later
// A valid file of each format Spotter imports, and the values each must refuse.
#include "corpus.h"

using namespace Qt::StringLiterals;

namespace spotter::test {

namespace {

const QStringList kAlice{u"--athlete"_s, u"Alice"_s};
const QStringList kAliceKg{u"--athlete"_s, u"Alice"_s, u"--unit"_s, u"kg"_s};

Mutation set(const QString &column, const QString &value, const QString &reason)
{
    return {column, value, reason, Where::Set};
}
Mutation session(const QString &column, const QString &value, const QString &reason)
{
    return {column, value, reason, Where::Session};
}
Mutation last(const QString &column, const QString &value, const QString &reason)
{
    return {column, value, reason, Where::Last};
}

QStringList split(const QString &line, QChar delimiter = u',')
{
    return line.split(delimiter);
}

/// Invalid date and time texts, for any column that wants one; @p reason gets "%v".
QList<Mutation> badDates(const QString &column, const QString &reason, const QStringList &values)
{
    QList<Mutation> out;
    for (const QString &v : values)
        out.append(session(column, v, reason));
    return out;
}

CorpusFormat strong()
{
    CorpusFormat f;
    f.key = u"strong"_s;
    f.table.header = split(u"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
                           "Notes,Workout Notes,RPE"_s);
    for (const char16_t *row : {
             u"2024-01-02 18:00:00,Corpus Push,1h 5m,Bench Press (Barbell),W,60,8,0,0,,,",
             u"2024-01-02 18:00:00,Corpus Push,1h 5m,Bench Press (Barbell),1,100,5,0,0,Belt,,8",
             u"2024-01-02 18:00:00,Corpus Push,1h 5m,Bench Press (Barbell),2,100,5,0,0,,,8.5",
             u"2024-01-04 18:00:00,Corpus Pull,50m,Deadlift (Barbell),1,140,5,0,0,,Felt strong,8",
             u"2024-01-04 18:00:00,Corpus Pull,50m,Deadlift (Barbell),2,150,3,0,0,,,9",
             u"2024-01-04 18:00:00,Corpus Pull,50m,Plank,1,0,0,0,60,,,",
         })
        f.table.rows.append(split(QString::fromUtf16(row)));
    f.options = kAliceKg;
    f.sessionRow = 3;
    f.setRow = 4;
    f.textColumn = u"Notes"_s;
    f.badValue = set(u"Reps"_s, u"-1"_s, u"Reps must not be negative; got -1"_s);
    const QString notNumber = u"Weight '%v' is not a number"_s;
    f.mutations = {
        set(u"Weight"_s, u"-20"_s, u"Weight must not be negative; got -20 kg"_s),
        set(u"Weight"_s, u"1OO"_s, notNumber),
        set(u"Weight"_s, u"nan"_s, notNumber),
        set(u"Weight"_s, u"inf"_s, notNumber),
        set(u"Weight"_s, u"-inf"_s, notNumber),
        set(u"Weight"_s, u"1e400"_s, notNumber),
        set(u"Weight"_s, u"0x40"_s, notNumber),
        set(u"Weight"_s, u"100 kg"_s, notNumber),
        set(u"Weight"_s, u"1 000"_s, notNumber),
        set(u"Weight"_s, u"1001"_s, u"Weight '1001' kg is more than the deadlift world record"_s),
        set(u"Weight"_s, u"1e9"_s, u"Weight '1e9' kg is more than the deadlift world record"_s),
        set(u"Weight"_s, u"99999999999999999999"_s, u"is more than the deadlift world record"_s),
        set(u"Reps"_s, u"-1"_s, u"Reps must not be negative; got -1"_s),
        set(u"Reps"_s, u"1001"_s, u"Reps '1001' is more than 100 reps in one set"_s),
        set(u"Reps"_s, u"99999999999"_s, u"Reps '99999999999' is more than 100 reps in one set"_s),
        set(u"Reps"_s, u"-99999999999"_s, u"Reps must not be negative; got -1000000000"_s),
        set(u"Reps"_s, u"1e20"_s, u"Reps '1e20' is not a whole number"_s),
        set(u"Reps"_s, u"5.5"_s, u"Reps '5.5' is not a whole number"_s),
        set(u"Reps"_s, u"five"_s, u"Reps 'five' is not a whole number"_s),
        set(u"RPE"_s, u"11"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 11"_s),
        set(u"RPE"_s, u"10.5"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 10.5"_s),
        set(u"RPE"_s, u"7.3"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 7.3"_s),
        set(u"RPE"_s, u"-1"_s, u"RPE must be between 1 and 10 in steps of 0.5; got -1"_s),
        set(u"RPE"_s, u"0.5"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 0.5"_s),
        set(u"RPE"_s, u"high"_s, u"RPE 'high' is not a number"_s),
        last(u"Seconds"_s, u"-30"_s, u"A timed set must last between 0 s and 24 h; got -30 s"_s),
        last(u"Seconds"_s, u"90000"_s, u"A timed set must last between 0 s and 24 h; got 90000 s"_s),
        set(u"Seconds"_s, u"soon"_s, u"Seconds 'soon' is not a number"_s),
        set(u"Distance"_s, u"-1"_s, u"Distance must be between 0 and 1000 km; got -1000 m"_s),
        set(u"Distance"_s, u"2000"_s, u"Distance must be between 0 and 1000 km; got 2000000 m"_s),
        set(u"Distance"_s, u"far"_s, u"Distance 'far' is not a number"_s),
        set(u"Exercise Name"_s, QString(), u"Exercise Name is empty"_s),
        set(u"Exercise Name"_s, QString(1001, u'a'),
            u"The exercise name must be at most 1000 characters; got 1001"_s),
        set(u"Notes"_s, QString(70000, u'n'), u"Notes must be at most 65536 characters; got 70000"_s),
        session(u"Duration"_s, u"soon"_s, u"Duration 'soon' is not a duration like 1h 8m, 48m or 20s"_s),
        session(u"Duration"_s, u"-5m"_s, u"Duration '-5m' is not a duration"_s),
        session(u"Duration"_s, u"5 parsecs"_s, u"Duration '5 parsecs' is not a duration"_s),
        session(u"Duration"_s, u"1:05:00"_s, u"Duration '1:05:00' is not a duration"_s),
        session(u"Workout Name"_s, QString(1001, u'w'),
                u"Session title must be at most 1000 characters; got 1001"_s),
        session(u"Workout Notes"_s, QString(70000, u'n'),
                u"Notes must be at most 65536 characters; got 70000"_s),
    };
    for (const QString &v : {u"0"_s, u"-1"_s, u"X"_s, QString(), u"1.5"_s})
        f.mutations.append(
            set(u"Set Order"_s, v, u"Set Order '%v' is not a set number, W, D, F, a rest timer or a note"_s));
    f.mutations += badDates(u"Date"_s, u"Date '%v' is not a date and time like 2024-01-02 18:00:00"_s,
                            {u"2024-01-04"_s, u"04/01/2024 18:00"_s, u"yesterday"_s, QString(),
                             u"2024-01-04 13:00 PM"_s, u"2024-01-04 0:00 AM"_s, u"20240104 18:00:00"_s,
                             u"2024-01-04T18:00:00Z"_s, u"2024-01-04 18:00:00 UTC"_s});
    // Dates that read but do not exist get the reason `log` gives.
    for (const auto &[value, reason] : std::initializer_list<std::pair<QString, QString>>{
             {u"2021-13-01 18:00:00"_s, u"there is no month 13"_s},
             {u"2021-02-30 18:00:00"_s, u"February 2021 has 28 days; there is no day 30"_s},
             {u"2023-02-29 18:00:00"_s, u"2023 has no 29 February"_s},
             {u"2024-01-04 24:00:00"_s, u"24:00 is not a time of day"_s},
             {u"2024-01-04 18:60:00"_s, u"18:60 is not a time of day"_s},
             {u"2024-01-04 18:00:61"_s, u"18:00:61 is not a time of day"_s},
             {u"0000-01-04 18:00:00"_s, u"the year 0 is out of range (1900 to 2100)"_s}})
        f.mutations.append(session(u"Date"_s, value, u"Date '%v': "_s + reason));
    // Rest Timer rows are not sets: their rest goes to the next set, which is where a rest too
    // long is reported.
    const Table rest = f.table.with(f.setRow, u"Set Order"_s, u"Rest Timer"_s);
    const auto restCase = [&](const QString &name, const QString &seconds, int row, const QString &reason) {
        const Table t = rest.with(f.setRow, u"Seconds"_s, seconds);
        f.extra.append({f.key, name, t.bytes(), {}, f.options, 1, t.lineOf(row), reason, {}});
    };
    restCase(u"strong-rest-timer-empty.csv"_s, QString(), f.setRow,
             u"A rest-timer row needs the rest in Seconds"_s);
    restCase(u"strong-rest-timer-text.csv"_s, u"x"_s, f.setRow, u"Seconds 'x' is not a number"_s);
    restCase(u"strong-rest-timer-too-long.csv"_s, u"20000"_s, f.setRow + 1,
             u"Rest must be between 0 s and 4 h; got 20000 s"_s);
    return f;
}

CorpusFormat strongUnits()
{
    CorpusFormat f;
    f.key = u"strong-v5"_s;
    f.table.header = split(u"Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,RPE,Distance,"
                           "Distance Unit,Seconds,Notes,Workout Notes,Workout Duration"_s);
    for (const char16_t *row : {
             u"2024-02-01 10:00:00,Corpus Mixed,Bench Press (Barbell),1,100,kg,5,,,,0,,Gym A,1h 2m",
             u"2024-02-01 10:00:00,Corpus Mixed,Bench Press (Barbell),2,225,lbs,3,,,,0,,,1h 2m",
             u"2024-02-03 10:00:00,Corpus Run,Running (Treadmill),1,0,,0,,3.1,mi,1500,,,30m",
             u"2024-02-03 10:00:00,Corpus Run,Squat (Barbell),1,100,kg,5,8,,,0,Belt,,30m",
             u"2024-02-03 10:00:00,Corpus Run,Squat (Barbell),2,105,kg,5,8.5,,,0,,,30m",
         })
        f.table.rows.append(split(QString::fromUtf16(row)));
    f.options = kAlice;
    f.sessionRow = 2;
    f.setRow = 3;
    f.textColumn = u"Notes"_s;
    f.badValue = set(u"Weight Unit"_s, u"stone"_s, u"Weight Unit 'stone' is not kg or lbs"_s);
    f.mutations = {
        set(u"Weight Unit"_s, u"stone"_s, u"Weight Unit 'stone' is not kg or lbs"_s),
        set(u"Weight Unit"_s, u"kilos"_s, u"Weight Unit 'kilos' is not kg or lbs"_s),
        set(u"Weight Unit"_s, QString(), u"Weight Unit is empty; choose the unit for such rows"_s),
        set(u"Weight"_s, u"-5"_s, u"Weight must not be negative; got -5 kg"_s),
        session(u"Distance Unit"_s, u"furlong"_s, u"Distance Unit 'furlong' is not m, km, mi, ft or yd"_s),
        session(u"Workout Duration"_s, u"forever"_s, u"Workout Duration 'forever' is not a duration"_s),
    };
    // Only the running row has a distance, so an empty unit matters there alone.
    Mutation emptyUnit = session(u"Distance Unit"_s, QString(), u"Distance Unit is empty"_s);
    f.mutations.append(emptyUnit);
    return f;
}

CorpusFormat strongSemicolon()
{
    CorpusFormat f;
    f.key = u"strong-v4"_s;
    f.table.delimiter = ';';
    f.table.quoteAll = true;
    f.table.eol = "\r\n";
    f.table.prefix = "\xEF\xBB\xBF";
    f.table.header =
        split(u"Workout #;Date;Workout Name;Duration (sec);Exercise Name;Set Order;Weight (kg);Reps;"
              "RPE;Distance (meters);Seconds;Notes;Workout Notes"_s,
              u';');
    for (const char16_t *row : {
             u"21;2024-03-03 19:02:11;Jambes;4102;Squat (Barbell);W;60;5;;0;0;;Genou OK",
             u"21;2024-03-03 19:02:11;Jambes;4102;Squat (Barbell);1;102,5;5;8,5;0;0;Belt;",
             u"22;2024-03-05 19:00:00;Haut;3600;Bench Press (Barbell);1;80;5;8;0;0;;",
             u"22;2024-03-05 19:00:00;Haut;3600;Bench Press (Barbell);2;82,5;5;8,5;0;0;;",
             u"22;2024-03-05 19:00:00;Haut;3600;Bench Press (Barbell);3;85;3;9;0;0;;",
         })
        f.table.rows.append(split(QString::fromUtf16(row), u';'));
    f.options = kAlice;
    f.sessionRow = 2;
    f.setRow = 3;
    f.textColumn = u"Notes"_s;
    f.badValue = set(u"Weight (kg)"_s, u"-2,5"_s, u"Weight must not be negative; got -2.5 kg"_s);
    f.mutations = {
        set(u"Weight (kg)"_s, u"102,5,5"_s, u"Weight (kg) '102,5,5' is not a number"_s),
        set(u"Weight (kg)"_s, u"1.000,5"_s, u"Weight (kg) '1.000,5' is not a number"_s),
        set(u"Weight (kg)"_s, u"-2,5"_s, u"Weight must not be negative; got -2.5 kg"_s),
        set(u"RPE"_s, u"10,5"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 10.5"_s),
        set(u"Reps"_s, u"5,5"_s, u"Reps '5,5' is not a whole number"_s),
        set(u"Distance (meters)"_s, u"-5"_s, u"Distance must be between 0 and 1000 km; got -5 m"_s),
        session(u"Duration (sec)"_s, u"-60"_s, u"Duration (sec) '-60' is not a duration"_s),
        session(u"Duration (sec)"_s, u"soon"_s, u"Duration (sec) 'soon' is not a duration"_s),
    };
    return f;
}

CorpusFormat hevy()
{
    CorpusFormat f;
    f.key = u"hevy"_s;
    f.table.quoteAll = true;
    f.table.header = split(u"title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
                           "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe"_s);
    const QString pull =
        u"Corpus Pull|9 Apr 2024, 17:18|9 Apr 2024, 18:30||Deadlift (Barbell)||Mixed grip|"_s;
    const QString legs = u"Corpus Legs|11 Apr 2024, 17:00|11 Apr 2024, 18:00|Legs day|"_s;
    const QStringList rows{pull + u"0|warmup|60|5|||"_s, pull + u"1|normal|140|5|||8"_s,
                           legs + u"Squat (Barbell)|||0|normal|100|5|||8"_s,
                           legs + u"Squat (Barbell)|||1|normal|110|5|||8.5"_s,
                           legs + u"Plank|||2|normal||0||60|"_s};
    for (const QString &row : rows)
        f.table.rows.append(row.split(u'|'));
    f.options = kAlice;
    f.sessionRow = 2;
    f.setRow = 3;
    f.textColumn = u"exercise_notes"_s;
    f.badValue = set(u"reps"_s, u"-3"_s, u"Reps must not be negative; got -3"_s);
    const QString expected = u"start_time '%v': expected a date like '9 Apr 2026, 17:18'"_s;
    f.mutations = badDates(u"start_time"_s, expected,
                           {u"11 Apr 2024"_s, u"2024-04-11 17:00"_s, QString(), u"11 Apr 24, 17:00"_s,
                            u"11 Apr 2024, 17:00 extra"_s});
    f.mutations += {
        session(u"start_time"_s, u"32 Apr 2024, 17:00"_s,
                u"start_time '%v': April 2024 has 30 days; there is no day 32"_s),
        session(u"start_time"_s, u"11 Apr 2024, 25:00"_s, u"start_time '%v': 25:00 is not a time of day"_s),
        session(u"start_time"_s, u"29 Feb 2025, 10:00"_s, u"start_time '%v': 2025 has no 29 February"_s),
        session(u"start_time"_s, u"11 Foo 2024, 17:00"_s, u"'Foo' is not a month name Spotter knows"_s),
        session(u"end_time"_s, u"11 Apr 2024, 99:00"_s,
                u"end_time '11 Apr 2024, 99:00': 99:00 is not a time of day"_s),
        session(u"description"_s, QString(70000, u'd'),
                u"Notes must be at most 65536 characters; got 70000"_s),
        set(u"set_type"_s, u"superset"_s, u"set_type 'superset' is not normal, warmup, failure or dropset"_s),
        set(u"set_type"_s, QString(), u"set_type '' is not normal, warmup, failure or dropset"_s),
        set(u"set_index"_s, u"-1"_s, u"set_index must not be negative; got -1"_s),
        set(u"set_index"_s, u"one"_s, u"set_index 'one' is not a whole number"_s),
        set(u"superset_id"_s, u"-2"_s, u"superset_id must not be negative; got -2"_s),
        set(u"superset_id"_s, u"x"_s, u"superset_id 'x' is not a whole number"_s),
        set(u"weight_kg"_s, u"-5"_s, u"Weight must not be negative; got -5 kg"_s),
        set(u"weight_kg"_s, u"heavy"_s, u"weight_kg 'heavy' is not a number"_s),
        set(u"weight_kg"_s, u"5000"_s, u"weight_kg '5000' kg is more than the squat world record"_s),
        set(u"reps"_s, u"-3"_s, u"Reps must not be negative; got -3"_s),
        set(u"reps"_s, u"10000"_s, u"reps '10000' is more than 100 reps in one set"_s),
        set(u"reps"_s, u"3.5"_s, u"reps '3.5' is not a whole number"_s),
        set(u"rpe"_s, u"11"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 11"_s),
        set(u"rpe"_s, u"0.5"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 0.5"_s),
        set(u"distance_km"_s, u"-1"_s, u"Distance must be between 0 and 1000 km; got -1000 m"_s),
        set(u"distance_km"_s, u"x"_s, u"distance_km 'x' is not a number"_s),
        last(u"duration_seconds"_s, u"-5"_s, u"A timed set must last between 0 s and 24 h; got -5 s"_s),
        last(u"duration_seconds"_s, u"1e12"_s,
             u"A timed set must last between 0 s and 24 h; got 1000000000 s"_s),
        set(u"exercise_title"_s, QString(), u"exercise_title is empty"_s),
    };
    return f;
}

CorpusFormat fitNotes()
{
    CorpusFormat f;
    f.key = u"fitnotes"_s;
    f.table.header = split(u"Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time"_s);
    for (const char16_t *row : {
             u"2024-05-06,Flat Barbell Bench Press,Chest,80.0,kgs,5,,,",
             u"2024-05-06,Flat Barbell Bench Press,Chest,85.0,kgs,5,,,",
             u"2024-05-08,Barbell Squat,Legs,100.0,kgs,5,,,",
             u"2024-05-08,Barbell Squat,Legs,110.0,kgs,3,,,",
             u"2024-05-08,Treadmill,Cardio,,,,5.0,km,0:30:00",
         })
        f.table.rows.append(split(QString::fromUtf16(row)));
    f.options = kAlice;
    f.sessionRow = 2;
    f.setRow = 3;
    f.textColumn = u"Exercise"_s;
    f.badValue = set(u"Reps"_s, u"-1"_s, u"Reps must not be negative; got -1"_s);
    f.mutations = {
        set(u"Weight"_s, u"-10"_s, u"Weight must not be negative; got -10 kg"_s),
        set(u"Weight"_s, u"heavy"_s, u"Weight 'heavy' is not a number"_s),
        set(u"Weight"_s, u"2000"_s, u"Weight '2000' kg is more than the squat world record"_s),
        set(u"Weight Unit"_s, u"stone"_s, u"Weight Unit 'stone' is not kgs or lbs"_s),
        set(u"Weight Unit"_s, QString(), u"Weight Unit is empty; choose the unit for such rows"_s),
        set(u"Reps"_s, u"-1"_s, u"Reps must not be negative; got -1"_s),
        set(u"Reps"_s, u"2000"_s, u"Reps '2000' is more than 100 reps in one set"_s),
        set(u"Reps"_s, u"3.5"_s, u"Reps '3.5' is not a whole number"_s),
        set(u"Reps"_s, u"x"_s, u"Reps 'x' is not a whole number"_s),
        set(u"Exercise"_s, QString(), u"Exercise is empty"_s),
        set(u"Exercise"_s, QString(1001, u'e'),
            u"The exercise name must be at most 1000 characters; got 1001"_s),
        last(u"Time"_s, u"0:75:00"_s, u"Time '0:75:00' is not a duration like 0:09:21"_s),
        last(u"Time"_s, u"abc"_s, u"Time 'abc' is not a duration like 0:09:21"_s),
        last(u"Time"_s, u"30:00:00"_s, u"A timed set must last between 0 s and 24 h; got 108000 s"_s),
        last(u"Distance"_s, u"-5"_s, u"Distance must be between 0 and 1000 km; got -5000 m"_s),
        last(u"Distance"_s, u"5000"_s, u"Distance must be between 0 and 1000 km; got 5000000 m"_s),
        last(u"Distance Unit"_s, u"furlong"_s, u"Distance Unit 'furlong' is not m, km, mi, ft or yd"_s),
        last(u"Distance Unit"_s, QString(), u"Distance Unit is empty"_s),
    };
    f.mutations += badDates(u"Date"_s, u"Date '%v' is not a date like 2024-01-02"_s,
                            {u"06/05/2024"_s, QString(), u"yesterday"_s, u"2024-05-08T10:00"_s,
                             u"2024-05-08xyz"_s, u"2024-05-08 junk"_s});
    f.mutations += {
        session(u"Date"_s, u"2024-13-01"_s, u"Date '%v': there is no month 13"_s),
        session(u"Date"_s, u"2024-02-30"_s, u"Date '%v': February 2024 has 29 days; there is no day 30"_s),
    };
    return f;
}

} // namespace

QList<CorpusFormat> corpusFormats()
{
    return {strong(), strongUnits(), strongSemicolon(), hevy(), fitNotes(), spotterSets(), spotterSoreness()};
}

QList<CorpusCase> valueCases(const CorpusFormat &f)
{
    QList<CorpusCase> out;
    const int lastRow = static_cast<int>(f.table.rows.size() - 1);
    for (qsizetype i = 0; i < f.mutations.size(); ++i) {
        const Mutation &m = f.mutations.at(i);
        Table t = f.table;
        int reported = f.setRow;
        if (m.where == Where::Set) {
            t = t.with(f.setRow, m.column, m.value);
        } else if (m.where == Where::Last) {
            t = t.with(lastRow, m.column, m.value);
            reported = lastRow;
        } else {
            for (int r = f.sessionRow; r <= lastRow; ++r)
                t = t.with(r, m.column, m.value);
            reported = f.sessionRow;
        }
        CorpusCase c;
        c.category = f.key;
        c.name = QStringLiteral("%1-value-%2.csv").arg(f.key).arg(i + 1, 3, 10, QLatin1Char('0'));
        c.bytes = t.bytes();
        c.options = f.options;
        c.line = t.lineOf(reported);
        c.reason = QString(m.reason).replace(u"%v"_s, m.value);
        out.append(c);
    }
    return out + f.extra;
}

} // namespace spotter::test
