// SPDX-License-Identifier: GPL-3.0-or-later
// Spotter's own sets and soreness files for the malformed-input corpus.
#include "corpus.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace spotter::test {

namespace {

Mutation set(const QString &column, const QString &value, const QString &reason)
{
    return {column, value, reason, Where::Set};
}
Mutation session(const QString &column, const QString &value, const QString &reason)
{
    return {column, value, reason, Where::Session};
}

/// A row of @p header with the named values and every other column empty.
QStringList row(const QStringList &header, const QMap<QString, QString> &values)
{
    QStringList out(header.size());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        out[header.indexOf(it.key())] = it.value();
    return out;
}

} // namespace

CorpusFormat spotterSets()
{
    CorpusFormat f;
    f.key = u"spotter-sets"_s;
    f.table.header =
        u"athlete,session_id,session_start,exercise,set_index,set_kind,weight_kg,reps,rpe,rir,rest_s,e1rm_kg,"
        "intensity_class,seconds,distance_m,set_notes,session_title,duration_min,session_rpe,bodyweight_kg,"
        "warmup_done,session_notes,source,source_file,source_key,exercise_kind,exercise_regions,"
        "exercise_lower_back,exercise_unilateral"_s.split(u',');
    const QMap<QString, QString> first{{u"athlete"_s, u"Alice"_s},
                                       {u"session_id"_s, u"901"_s},
                                       {u"session_start"_s, u"2025-06-02T18:30:00+02:00"_s},
                                       {u"session_title"_s, u"Corpus A"_s},
                                       {u"duration_min"_s, u"60"_s},
                                       {u"session_rpe"_s, u"7"_s},
                                       {u"bodyweight_kg"_s, u"82.5"_s},
                                       {u"warmup_done"_s, u"1"_s},
                                       {u"source"_s, u"manual"_s}};
    QMap<QString, QString> second = first;
    second[u"session_id"_s] = u"902"_s;
    second[u"session_start"_s] = u"2025-06-04T18:30:00+02:00"_s;
    second[u"session_title"_s] = u"Corpus B"_s;
    const auto withSet = [](QMap<QString, QString> values, const QMap<QString, QString> &set) {
        for (auto it = set.constBegin(); it != set.constEnd(); ++it)
            values.insert(it.key(), it.value());
        return values;
    };
    const QStringList &h = f.table.header;
    f.table.rows = {
        row(h, withSet(first, {{u"exercise"_s, u"Back Squat"_s},
                               {u"set_index"_s, u"1"_s},
                               {u"set_kind"_s, u"warmup"_s},
                               {u"weight_kg"_s, u"60"_s},
                               {u"reps"_s, u"5"_s}})),
        row(h, withSet(first, {{u"exercise"_s, u"Back Squat"_s},
                               {u"set_index"_s, u"2"_s},
                               {u"set_kind"_s, u"working"_s},
                               {u"weight_kg"_s, u"100"_s},
                               {u"reps"_s, u"5"_s},
                               {u"rpe"_s, u"8"_s},
                               {u"set_notes"_s, u"Belt"_s}})),
        row(h, withSet(second, {{u"exercise"_s, u"Bench Press"_s},
                                {u"set_index"_s, u"1"_s},
                                {u"set_kind"_s, u"working"_s},
                                {u"weight_kg"_s, u"80"_s},
                                {u"reps"_s, u"5"_s}})),
        row(h, withSet(second, {{u"exercise"_s, u"Bench Press"_s},
                                {u"set_index"_s, u"2"_s},
                                {u"set_kind"_s, u"working"_s},
                                {u"weight_kg"_s, u"82.5"_s},
                                {u"reps"_s, u"5"_s},
                                {u"rpe"_s, u"8.5"_s},
                                {u"rir"_s, u"1.5"_s},
                                {u"rest_s"_s, u"180"_s}})),
        row(h, withSet(second, {{u"exercise"_s, u"Plank"_s},
                                {u"set_index"_s, u"3"_s},
                                {u"set_kind"_s, u"working"_s},
                                {u"seconds"_s, u"60"_s}})),
    };
    f.options = {};
    f.sessionRow = 2;
    f.setRow = 3;
    f.textColumn = u"set_notes"_s;
    f.badValue = set(u"set_kind"_s, u"heavy"_s, u"set_kind 'heavy' is not one of"_s);
    const QString notes = u"Notes must be at most 65536 characters; got 70000"_s;
    f.mutations = {
        set(u"set_kind"_s, u"heavy"_s,
            u"set_kind 'heavy' is not one of warmup, working, amrap, drop, failure"_s),
        set(u"set_kind"_s, QString(), u"set_kind is empty"_s),
        set(u"set_index"_s, u"1"_s,
            u"set_index 1 does not follow 1; sets of a session are numbered upwards"_s),
        set(u"set_index"_s, u"0"_s, u"set_index 0 does not follow 1"_s),
        set(u"set_index"_s, QString(), u"set_index is empty"_s),
        set(u"set_index"_s, u"x"_s, u"set_index 'x' is not a whole number"_s),
        set(u"weight_kg"_s, u"-1"_s, u"Weight must not be negative; got -1 kg"_s),
        set(u"weight_kg"_s, u"heavy"_s, u"weight_kg 'heavy' is not a weight in kg like 102.5"_s),
        set(u"weight_kg"_s, u"1e3"_s, u"weight_kg '1e3' is not a weight in kg like 102.5"_s),
        set(u"weight_kg"_s, u"1001"_s, u"Weight must be at most 1000 kg; got 1001 kg"_s),
        set(u"reps"_s, u"-1"_s, u"Reps must not be negative; got -1"_s),
        set(u"reps"_s, u"0"_s,
            u"Reps must be at least 1 unless the set is timed, has a distance or is a failed attempt (to failure); got 0"_s),
        set(u"reps"_s, u"5000"_s, u"Reps must be at most 1000; got 5000"_s),
        set(u"reps"_s, u"2.5"_s, u"reps '2.5' is not a whole number"_s),
        set(u"rpe"_s, u"11"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 11"_s),
        set(u"rpe"_s, u"8.3"_s, u"RPE must be between 1 and 10 in steps of 0.5; got 8.3"_s),
        set(u"rpe"_s, u"x"_s, u"rpe 'x' is not a number"_s),
        set(u"rir"_s, u"10"_s, u"Reps in reserve must be between 0 and 9 in steps of 0.5; got 10"_s),
        set(u"rir"_s, u"3"_s, u"RPE 8.5 and 3 reps in reserve disagree"_s),
        set(u"rest_s"_s, u"-1"_s, u"Rest must be between 0 s and 4 h; got -1 s"_s),
        set(u"rest_s"_s, u"20000"_s, u"Rest must be between 0 s and 4 h; got 20000 s"_s),
        set(u"seconds"_s, u"-1"_s, u"A timed set must last between 0 s and 24 h; got -1 s"_s),
        set(u"seconds"_s, u"100000"_s, u"A timed set must last between 0 s and 24 h; got 100000 s"_s),
        set(u"distance_m"_s, u"-5"_s, u"Distance must be between 0 and 1000 km; got -5 m"_s),
        set(u"distance_m"_s, u"2000000"_s, u"Distance must be between 0 and 1000 km; got 2000000 m"_s),
        set(u"exercise"_s, QString(), u"exercise is empty"_s),
        set(u"exercise"_s, QString(1001, u'x'),
            u"The exercise name must be at most 1000 characters; got 1001"_s),
        set(u"exercise_kind"_s, u"heavy"_s, u"exercise_kind 'heavy' is not one of"_s),
        set(u"exercise_regions"_s, u"elbow-ish"_s, u"exercise_regions: 'elbow-ish' is not one of"_s),
        set(u"exercise_lower_back"_s, u"2"_s, u"exercise_lower_back '2' is not 1 or 0"_s),
        set(u"exercise_unilateral"_s, u"yes"_s, u"exercise_unilateral 'yes' is not 1 or 0"_s),
        set(u"set_notes"_s, QString(70000, u'n'), notes),
        session(u"athlete"_s, QString(), u"athlete is empty"_s),
        session(u"athlete"_s, QString(1001, u'a'),
                u"Athlete name must be at most 1000 characters; got 1001"_s),
        session(u"session_id"_s, u"0"_s, u"session_id must be a positive whole number; got 0"_s),
        session(u"session_id"_s, u"-3"_s, u"session_id must be a positive whole number; got -3"_s),
        session(u"session_id"_s, u"abc"_s, u"session_id 'abc' is not a whole number"_s),
        session(u"session_id"_s, QString(), u"session_id is empty"_s),
        session(u"session_rpe"_s, u"11"_s,
                u"Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; got 11"_s),
        session(u"session_rpe"_s, u"-1"_s,
                u"Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; got -1"_s),
        session(u"session_rpe"_s, u"7.7"_s,
                u"Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; got 7.7"_s),
        session(u"bodyweight_kg"_s, u"5"_s, u"Bodyweight must be between 20 and 400 kg; got 5 kg"_s),
        session(u"bodyweight_kg"_s, u"500"_s, u"Bodyweight must be between 20 and 400 kg; got 500 kg"_s),
        session(u"duration_min"_s, u"-5"_s, u"Duration must be between 0 and 1440 minutes; got -5"_s),
        session(u"duration_min"_s, u"2000"_s, u"Duration must be between 0 and 1440 minutes; got 2000"_s),
        session(u"warmup_done"_s, u"2"_s, u"warmup_done '2' is not 1 or 0"_s),
        session(u"source"_s, u"dropbox"_s, u"source 'dropbox' is not one of"_s),
        session(u"session_title"_s, QString(1001, u't'),
                u"Session title must be at most 1000 characters; got 1001"_s),
        session(u"session_notes"_s, QString(70000, u'n'), notes),
    };
    for (const QString &v :
         {u"2025-13-04T18:30:00+02:00"_s, u"yesterday"_s, QString(), u"2025-06-04T25:00:00+02:00"_s,
          u"2025-06-04T18:30:00+25:00"_s, u"04/06/2025 18:30"_s})
        f.mutations.append(
            session(u"session_start"_s, v,
                    u"session_start '%v' is not a date and time like 2026-11-21T18:30:00+01:00"_s));

    // The session columns repeat on every row of a session and must agree.
    const Table differs = f.table.with(f.setRow, u"session_title"_s, u"Corpus C"_s);
    f.extra.append({f.key,
                    u"spotter-sets-session-differs.csv"_s,
                    differs.bytes(),
                    {},
                    {},
                    1,
                    differs.lineOf(f.setRow),
                    u"The session columns differ from those of line %1, the first row of session 902"_s.arg(
                        differs.lineOf(f.sessionRow)),
                    {}});
    Table sameKey = f.table;
    for (int r = 0; r < sameKey.rows.size(); ++r)
        sameKey = sameKey.with(r, u"source_key"_s, u"corpus:k1"_s);
    f.extra.append({f.key,
                    u"spotter-sets-duplicate-source-key.csv"_s,
                    sameKey.bytes(),
                    {},
                    {},
                    1,
                    sameKey.lineOf(f.sessionRow),
                    u"source_key 'corpus:k1' is also the key of the session on line 2"_s,
                    {}});
    return f;
}

CorpusFormat spotterSoreness()
{
    CorpusFormat f;
    f.key = u"spotter-soreness"_s;
    f.table.header =
        u"athlete,report_id,session_id,region,side,onset_hours,duration_hours,resolved,intensity,"
        "character,class,urgency,rules,noticed_at,resolved_at,trend,signs,red_flags,notes,"
        "session_start"_s.split(u',');
    for (const char16_t *line : {
             u"Alice,51,,quads,both,,,0,4,ache,,,,2025-06-10T10:15:00+02:00,,improving,,,,",
             u"Alice,52,,lower-back,left,,,0,6,sharp,,,,2025-06-11T08:00:00+02:00,,worsening,pinpoint "
             u"at-rest,,"
             "Stairs hurt,",
             u"Alice,53,,calves,right,,,1,3,tight,,,,2025-06-12T08:00:00+02:00,2025-06-13T08:00:00+02:00,"
             u"stable,,,,",
         })
        f.table.rows.append(QString::fromUtf16(line).split(u','));
    f.options = {};
    f.sessionRow = 2;
    f.setRow = 1;
    f.textColumn = u"notes"_s;
    f.badValue = set(u"intensity"_s, u"11"_s, u"Intensity must be a whole number from 0 to 10; got 11"_s);
    const QString notDate = u"%1 '%v' is not a date and time like 2026-11-21T18:30:00+01:00"_s;
    f.mutations = {
        set(u"region"_s, u"elbow-ish"_s, u"region 'elbow-ish' is not one of"_s),
        set(u"region"_s, QString(), u"region is empty"_s),
        set(u"intensity"_s, u"11"_s, u"Intensity must be a whole number from 0 to 10; got 11"_s),
        set(u"intensity"_s, u"-1"_s, u"Intensity must be a whole number from 0 to 10; got -1"_s),
        set(u"intensity"_s, u"x"_s, u"intensity 'x' is not a whole number"_s),
        set(u"intensity"_s, u"4.5"_s, u"intensity '4.5' is not a whole number"_s),
        set(u"intensity"_s, QString(), u"intensity is empty"_s),
        set(u"character"_s, u"tickly"_s, u"character 'tickly' is not one of"_s),
        set(u"character"_s, QString(), u"character is empty"_s),
        set(u"noticed_at"_s, u"yesterday"_s, notDate.arg(u"noticed_at"_s)),
        set(u"noticed_at"_s, u"2025-06-31T08:00:00+02:00"_s, notDate.arg(u"noticed_at"_s)),
        set(u"noticed_at"_s, QString(), u"noticed_at is empty"_s),
        set(u"noticed_at"_s, u"2099-01-01T00:00:00Z"_s, u"The soreness cannot be noticed in the future"_s),
        set(u"noticed_at"_s, u"2999-01-01T00:00:00Z"_s, u"the year 2999 is out of range (1900 to 2100)"_s),
        set(u"resolved_at"_s, u"2025-06-01T00:00:00Z"_s,
            u"It cannot resolve (2025-06-01T00:00:00Z) before it was noticed"_s),
        set(u"resolved_at"_s, u"x"_s, notDate.arg(u"resolved_at"_s)),
        set(u"session_start"_s, u"x"_s, notDate.arg(u"session_start"_s)),
        set(u"side"_s, u"top"_s, u"side 'top' is not one of"_s),
        set(u"trend"_s, u"sideways"_s, u"trend 'sideways' is not one of"_s),
        set(u"signs"_s, u"pinpoint tingling"_s, u"signs: 'tingling' is not one of"_s),
        set(u"red_flags"_s, u"x"_s, u"red_flags: 'x' is not one of"_s),
        set(u"report_id"_s, u"0"_s, u"report_id must be a positive whole number; got 0"_s),
        set(u"report_id"_s, u"abc"_s, u"report_id 'abc' is not a whole number"_s),
        set(u"session_id"_s, u"-1"_s, u"session_id must be a positive whole number; got -1"_s),
        set(u"athlete"_s, QString(), u"athlete is empty"_s),
        set(u"notes"_s, QString(70000, u'n'), u"Notes must be at most 65536 characters; got 70000"_s),
    };
    // A report is never detached from its session: one that is not in the database is an error.
    const Table orphan = f.table.with(f.setRow, u"session_id"_s, u"999999"_s)
                             .with(f.setRow, u"session_start"_s, u"2025-06-11T07:00:00+02:00"_s);
    f.extra.append({f.key,
                    u"spotter-soreness-missing-session.csv"_s,
                    orphan.bytes(),
                    {},
                    {},
                    1,
                    orphan.lineOf(f.setRow),
                    u"which is not in this database; import the sets file first"_s,
                    {}});
    return f;
}

} // namespace spotter::test
