// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/query.h"
#include "store/rawquery.h"
#include "store/storeerror.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

class RawQueryTest : public TempDatabase
{
};

TEST_F(RawQueryTest, ReadsWhatQueryReads)
{
    RawQuery raw(db().connection(), QStringLiteral("SELECT :i, :d, :s, :n, :i + 1"));
    raw.bind(QStringLiteral(":i"), qint64(1) << 40)
        .bind(QStringLiteral(":d"), 7.5)
        .bind(QStringLiteral(":s"), QStringLiteral("Kniebeuge ü"))
        .bind(QStringLiteral(":n"), QVariant())
        .exec();
    ASSERT_TRUE(raw.next());
    EXPECT_EQ(raw.int64(0), qint64(1) << 40);
    EXPECT_EQ(raw.optDouble(1), 7.5);
    EXPECT_EQ(raw.string(2), QStringLiteral("Kniebeuge ü"));
    EXPECT_EQ(raw.utf8(2), QByteArrayView("Kniebeuge \xc3\xbc"));
    EXPECT_TRUE(raw.isNull(3));
    EXPECT_EQ(raw.optInt(3), std::nullopt);
    EXPECT_EQ(raw.optInt64(4), (qint64(1) << 40) + 1);
    EXPECT_FALSE(raw.next());
    // Run again with another value.
    raw.bind(QStringLiteral(":i"), 2).exec();
    ASSERT_TRUE(raw.next());
    EXPECT_EQ(raw.int64(0), 2);
}

TEST_F(RawQueryTest, FailuresThrowStoreErrors)
{
    EXPECT_THROW(RawQuery(db().connection(), QStringLiteral("SELEC 1")), StoreError);
    RawQuery q(db().connection(), QStringLiteral("SELECT :a"));
    EXPECT_THROW(q.bind(QStringLiteral(":b"), 1), StoreError);
    Query::run(db().connection(), QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL)"));
    RawQuery insert(db().connection(), QStringLiteral("INSERT INTO t (x) VALUES (:x)"));
    insert.bind(QStringLiteral(":x"), QVariant()).exec();
    try {
        static_cast<void>(insert.next());
        FAIL() << "expected a constraint failure";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Duplicate); // constraints are classified as such
        EXPECT_TRUE(e.message().contains(QStringLiteral("NOT NULL"))) << e.message().toStdString();
    }
}

} // namespace
} // namespace spotter::test
