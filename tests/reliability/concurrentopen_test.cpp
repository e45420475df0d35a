// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a database while another connection writes and checkpoints it. A checkpoint copies
// pages from the WAL into the database file, header first, so for a moment the header promises
// more pages than the file holds; an opener must not take that for a truncated file.
#include "store/database.h"
#include "store/query.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

TEST(ConcurrentOpen, OpeningWhileAnotherConnectionCheckpointsIsNeverRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"spotter.sqlite"_s);
    {
        Database create(path);
    }

    std::atomic_bool done{false};
    std::atomic_int rounds{0};
    QString writerError;
    // Each round grows the file by a few MB in one transaction; the commit's automatic
    // checkpoint then writes those pages into the database file.
    QThread *writer = QThread::create([&] {
        try {
            Database db(path);
            { // the handle must be gone before the connection is closed
                const QSqlDatabase c = db.connection();
                const QString notes(2000, u'n');
                for (int round = 0; round < 12; ++round) {
                    WriteTransaction tx(c);
                    for (int i = 0; i < 1500; ++i) {
                        Query q(
                            c,
                            u"INSERT INTO athlete (name, name_key, unit, notes) VALUES (:n, :k, 'kg', :notes)"_s);
                        const QString name = u"A%1-%2"_s.arg(round).arg(i);
                        q.bind(u":n"_s, name).bind(u":k"_s, name.toLower()).bind(u":notes"_s, notes).exec();
                    }
                    tx.commit();
                    ++rounds;
                }
            }
            db.closeThreadConnection();
        } catch (const StoreError &e) {
            writerError = e.message();
        }
        done = true;
    });
    writer->start();
    int opens = 0;
    QStringList refusals;
    while (!done) {
        try {
            Database opener(path);
            (void)opener.schemaVersion();
        } catch (const StoreError &e) {
            refusals.append(e.message());
        }
        ++opens;
    }
    writer->wait();
    delete writer;
    EXPECT_TRUE(writerError.isEmpty()) << writerError.toStdString();
    EXPECT_EQ(rounds, 12);
    EXPECT_GT(opens, 0);
    EXPECT_TRUE(refusals.isEmpty()) << refusals.size() << " of " << opens
                                    << " opens were refused, first: " << refusals.value(0).toStdString();
}

} // namespace
} // namespace spotter
