// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Rules shows the whole-body rules with their sources, the advice as a result shows
// it, and marks the thresholds of emergency rules as fixed.
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "models/rulesmodels.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace spotter;

TEST(RulesModelsWholeBody, ShowTheNewRulesAndWhichThresholdsAreFixed)
{
    RulesModel rules;
    QAbstractItemModelTester rulesTester(&rules, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(rules.rowCount(), RuleTable::all().size());
    int found = 0;
    for (int row = 0; row < rules.rowCount(); ++row) {
        const QString id = rules.index(row, RulesModel::Id).data().toString();
        if (id == u"SR-29") {
            ++found;
            EXPECT_TRUE(
                rules.index(row, RulesModel::Result).data().toString().contains(QStringLiteral("emergency")));
            EXPECT_TRUE(rules.index(row, RulesModel::Sources)
                            .data()
                            .toString()
                            .contains(QStringLiteral("NHS-HEART-ATTACK")));
            const QString advice = rules.index(row, RulesModel::Advice).data().toString();
            EXPECT_TRUE(advice.startsWith(QStringLiteral("Chest pain or pressure that is not sore muscle")))
                << advice.toStdString();
            EXPECT_TRUE(advice.contains(QStringLiteral("emergency number now")));
        }
        if (id == u"SR-59" || id == u"SR-40" || id == u"TP-03")
            ++found;
    }
    EXPECT_EQ(found, 4);

    ThresholdsModel thresholds;
    QAbstractItemModelTester thresholdsTester(&thresholds,
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto basis = [&](Threshold id) {
        return thresholds.index(static_cast<int>(id), ThresholdsModel::Basis).data().toString();
    };
    EXPECT_TRUE(basis(Threshold::Sr28Intensity).contains(QStringLiteral("fixed")))
        << basis(Threshold::Sr28Intensity).toStdString();
    EXPECT_FALSE(basis(Threshold::Sr24MaxIntensity).contains(QStringLiteral("fixed")));
    EXPECT_EQ(basis(Threshold::Sr34Age), QStringLiteral("Product choice (no source gives a number)"));
    EXPECT_EQ(basis(Threshold::Sr35MaxAge), QStringLiteral("From the sources"));
}
