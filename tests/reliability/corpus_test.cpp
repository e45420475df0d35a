// SPDX-License-Identifier: GPL-3.0-or-later
// The malformed-input corpus through the real spotter-cli: every file is refused with exit code
// 1 (2 where the command line lacks what the file needs), its first error is "FILE:LINE: reason"
// on the right line, nothing is printed as imported, and the database holds exactly what it
// held before (a logical dump of every row is compared).
#include "clirunner.h"
#include "corpus.h"
#include "dbdump.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>

#include <iostream>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class Corpus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_cli.isValid());
        // A history worth protecting: a partial write would show up in Alice's or Bo's rows.
        const QString data = dataPath(u"import/"_s);
        for (const QStringList &args : {
                 QStringList{u"import"_s, data + u"strong_v4_kg.csv"_s, u"--athlete"_s, u"Alice"_s},
                 QStringList{u"import"_s, data + u"spotter_sets.csv"_s},
                 QStringList{u"import"_s, data + u"spotter_soreness.csv"_s},
                 QStringList{u"import"_s, data + u"hevy_kg.csv"_s, u"--athlete"_s, u"Bo"_s},
             }) {
            const CliResult r = m_cli.run(args);
            ASSERT_EQ(r.exitCode, 0) << r;
        }
        m_before = logicalDump(m_cli.dbPath());
        ASSERT_TRUE(m_before.contains(u"# workout_set"_s)) << m_before.left(500).toStdString();
        m_pristine = m_cli.filePath(u"pristine.sqlite"_s);
        ASSERT_TRUE(QFile::copy(m_cli.dbPath(), m_pristine));
        ASSERT_TRUE(QDir().mkpath(m_cli.filePath(u"cases"_s)));
    }

    /// Puts the database back after a case that changed it, so one failure stays one failure.
    void restore()
    {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_cli.dbPath() + suffix);
        ASSERT_TRUE(QFile::copy(m_pristine, m_cli.dbPath()));
    }

    QString pathOf(const CorpusCase &c)
    {
        if (!c.fixture.isEmpty())
            return dataPath(u"import/"_s + c.fixture);
        const QString path = m_cli.filePath(u"cases/"_s + c.name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        f.write(c.bytes);
        return path;
    }

    void expectRefused(const CorpusCase &c)
    {
        SCOPED_TRACE(c.name.toStdString());
        const QString path = pathOf(c);
        const CliResult r = m_cli.run(QStringList{u"import"_s, path} + c.options);
        EXPECT_CLI(r, c.exitCode);
        QString first;
        for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(path + u':') && !line.contains(u": warning: "_s)) {
                first = line;
                break;
            }
        }
        const QString where = path + u':' + QString::number(c.line) + u": "_s;
        EXPECT_TRUE(first.startsWith(where)) << "expected " << where.toStdString() << "..." << r;
        EXPECT_TRUE(first.contains(c.reason)) << "expected '" << c.reason.toStdString() << "'" << r;
        if (!c.moreText.isEmpty()) {
            EXPECT_TRUE(r.err.contains(c.moreText)) << "expected '" << c.moreText.toStdString() << "'" << r;
        }
        EXPECT_TRUE(r.out.isEmpty()) << r;
        EXPECT_FALSE(r.err.contains(u"locked"_s, Qt::CaseInsensitive)) << r;
        if (logicalDump(m_cli.dbPath()) != m_before) {
            ADD_FAILURE() << "the database changed";
            restore();
        }
        if (c.fixture.isEmpty())
            QFile::remove(path);
        ++m_tried;
    }

    void expectAllRefused(const QList<CorpusCase> &cases)
    {
        ASSERT_FALSE(cases.isEmpty());
        for (const CorpusCase &c : cases)
            expectRefused(c);
        EXPECT_EQ(m_tried, cases.size());
    }

    void expectFormats(const QStringList &keys)
    {
        QList<CorpusCase> cases;
        for (const CorpusFormat &f : corpusFormats()) {
            if (keys.contains(f.key))
                cases += valueCases(f) + structureCases(f);
        }
        expectAllRefused(cases);
    }

    CliRunner m_cli;
    QString m_before;
    QString m_pristine;
    qsizetype m_tried = 0;
};

TEST_F(Corpus, EveryTemplateIsValidSoTheMutationIsWhatIsRefused)
{
    for (const CorpusFormat &f : corpusFormats()) {
        SCOPED_TRACE(f.key.toStdString());
        CorpusCase c;
        c.name = f.key + u"-template.csv"_s;
        c.bytes = f.table.bytes();
        const CliResult r =
            m_cli.run(QStringList{u"import"_s, pathOf(c), u"--dry-run"_s, u"--json"_s} + f.options);
        ASSERT_EQ(r.exitCode, 0) << r;
        EXPECT_GE(r.json().value(f.key == u"spotter-soreness" ? u"soreness"_s : u"sets"_s).toInt(), 3) << r;
        EXPECT_FALSE(r.err.contains(u": warning: "_s) && f.key.startsWith(u"spotter")) << r;
    }
    EXPECT_EQ(logicalDump(m_cli.dbPath()), m_before);
}

TEST_F(Corpus, Strong)
{
    expectFormats({u"strong"_s, u"strong-v5"_s, u"strong-v4"_s});
}

TEST_F(Corpus, Hevy)
{
    expectFormats({u"hevy"_s});
}

TEST_F(Corpus, FitNotes)
{
    expectFormats({u"fitnotes"_s});
}

TEST_F(Corpus, SpotterSets)
{
    expectFormats({u"spotter-sets"_s});
}

TEST_F(Corpus, SpotterSoreness)
{
    expectFormats({u"spotter-soreness"_s});
}

TEST_F(Corpus, CommittedByteExactFiles)
{
    expectAllRefused(fixtureCases());
}

TEST_F(Corpus, OversizedInput)
{
    expectAllRefused(sizeCases());
}

TEST_F(Corpus, NoFormatEmptyAndUsage)
{
    expectAllRefused(miscCases());
}

QList<CorpusCase> allCases()
{
    QList<CorpusCase> all;
    for (const CorpusFormat &f : corpusFormats())
        all += valueCases(f) + structureCases(f);
    return all + fixtureCases() + sizeCases() + miscCases();
}

TEST(CorpusSpec, HasAtLeast200UniquelyNamedCases)
{
    const QList<CorpusCase> all = allCases();
    QSet<QString> names;
    QMap<QString, int> perCategory;
    QMap<QString, int> values;
    for (const CorpusCase &c : all) {
        EXPECT_FALSE(names.contains(c.name)) << "two cases named " << c.name.toStdString();
        names.insert(c.name);
        ++perCategory[c.category];
        if (c.name.contains(u"-value-"_s) || c.name.startsWith(c.category + u"-rest-timer"_s)
            || c.name.startsWith(c.category + u"-session-differs"_s)
            || c.name.startsWith(c.category + u"-duplicate-source-key"_s)
            || c.name.startsWith(c.category + u"-missing-session"_s))
            ++values[c.category];
        EXPECT_GT(c.line, 0) << c.name.toStdString() << ": every case names its line";
        EXPECT_FALSE(c.reason.isEmpty()) << c.name.toStdString();
        EXPECT_TRUE(c.exitCode == 1 || c.exitCode == 2) << c.name.toStdString();
    }
    EXPECT_GE(all.size(), 200);
    // The counts docs/reliability.md quotes.
    for (auto it = perCategory.constBegin(); it != perCategory.constEnd(); ++it) {
        std::cout << "corpus " << it.key().toStdString() << ": " << it.value() << " cases";
        if (values.contains(it.key()))
            std::cout << " (" << values[it.key()] << " values, " << it.value() - values[it.key()]
                      << " structure)";
        std::cout << '\n';
    }
    std::cout << "corpus total: " << all.size() << " cases\n";
}

TEST(CorpusSpec, EveryCommittedBadFileHasAnExpectation)
{
    QSet<QString> listed;
    for (const CorpusCase &c : fixtureCases())
        listed.insert(c.fixture.section(u'/', -1));
    const QStringList files = QDir(dataPath(u"import/bad"_s)).entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files)
        EXPECT_TRUE(listed.contains(file))
            << "tests/data/import/bad/" << file.toStdString() << " is not in fixtureCases()";
    EXPECT_EQ(listed.size(), files.size());
}

} // namespace
} // namespace spotter::test
