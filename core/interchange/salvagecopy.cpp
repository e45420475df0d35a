// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/salvagecopy.h"

#include "csv/csvwriter.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <memory>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Salvaged
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Salvaged)
};

/// The rejects file, created on the first row set aside.
class RejectsWriter
{
public:
    explicit RejectsWriter(QString path) : m_path(std::move(path)) {}

    void write(const SalvageReject &reject)
    {
        if (!m_writer) {
            m_file.setFileName(m_path);
            if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                throw StoreError(StoreError::Kind::Io,
                                 Salvaged::tr("Cannot create '%1': %2").arg(m_path, m_file.errorString()));
            m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_writer = std::make_unique<CsvWriter>(&m_file, CsvWriter::Options{',', false, false});
            m_writer->writeRecord({QStringLiteral("table"), QStringLiteral("rowid"),
                                   QStringLiteral("problem"), QStringLiteral("row")});
        }
        QJsonObject row;
        for (qsizetype i = 0; i < reject.columns.size(); ++i)
            row.insert(reject.columns.at(i), QJsonValue::fromVariant(reject.values.value(i)));
        m_writer->plain(reject.table).plain(QString::number(reject.rowid)).text(reject.problem);
        m_writer->text(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
        m_writer->endRecord();
    }

    /// Empty when nothing was written.
    QString finish()
    {
        if (!m_writer)
            return {};
        const bool flushed = m_writer->flush();
        const QString error = m_writer->errorString();
        m_writer.reset();
        if (!flushed || !m_file.flush()) {
            m_file.close();
            throw StoreError(StoreError::Kind::Io,
                             Salvaged::tr("Cannot write '%1': %2")
                                 .arg(m_path, error.isEmpty() ? m_file.errorString() : error));
        }
        m_file.close();
        return m_path;
    }

    void discard()
    {
        m_writer.reset();
        if (m_file.isOpen()) {
            m_file.close();
            m_file.remove();
        }
    }

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

QString range(const RowidRange &r)
{
    if (r.openStart() && r.openEnd())
        return Salvaged::tr("all");
    if (r.openStart())
        return Salvaged::tr("up to %1").arg(r.last);
    if (r.openEnd())
        return Salvaged::tr("from %1 on").arg(r.first);
    if (r.first == r.last)
        return QString::number(r.first);
    return QStringLiteral("%1–%2").arg(r.first).arg(r.last);
}

} // namespace

QString salvageRejectsPath(const QString &file)
{
    const QFileInfo info(file);
    const QString stem = info.absolutePath() + u'/' + info.completeBaseName();
    QString path = stem + QStringLiteral(".rejects.csv");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral(".rejects-%1.csv").arg(n);
    return path;
}

SalvageOutcome salvageDatabase(const Database &source, const QString &target, const QString &rejectsPath)
{
    if (QFileInfo::exists(rejectsPath))
        throw StoreError(StoreError::Kind::Io, Salvaged::tr("'%1' already exists").arg(rejectsPath));
    RejectsWriter rejects(rejectsPath);
    SalvageOutcome outcome;
    try {
        outcome.result = Salvage(source).writeTo(target, [&](const SalvageReject &r) { rejects.write(r); });
        outcome.rejectsPath = rejects.finish();
    } catch (...) {
        rejects.discard();
        throw;
    }
    return outcome;
}

SalvagedExport exportSalvaged(const Database &source, QIODevice *device, const ExportOptions &options,
                              const QString &rejectsPath)
{
    const QTemporaryDir folder; // owner-only: the copy holds health data
    if (!folder.isValid())
        throw StoreError(StoreError::Kind::Io,
                         Salvaged::tr("Cannot create a temporary folder: %1").arg(folder.errorString()));
    const QString copy = folder.filePath(QStringLiteral("salvaged.sqlite"));
    SalvagedExport out;
    out.salvage = salvageDatabase(source, copy, rejectsPath);
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    const Database salvaged(copy, readOnly);
    out.exported = Exporter(salvaged).run(device, options);
    return out;
}

QStringList salvageSummary(const QString &source, const SalvageOutcome &outcome)
{
    const SalvageResult &r = outcome.result;
    QStringList lines;
    lines.append(Salvaged::tr("'%1' is damaged; this is what could still be read:").arg(source));
    for (const SalvagedTable &t : r.tables) {
        QStringList parts;
        if (t.wholeTableLost()) {
            parts.append(Salvaged::tr("nothing could be read"));
        } else {
            parts.append(Salvaged::tr("%n row(s) saved", nullptr, static_cast<int>(t.copied)));
            if (!t.unreadable.isEmpty()) {
                QStringList ranges;
                for (const RowidRange &u : t.unreadable)
                    ranges.append(range(u));
                parts.append(Salvaged::tr("lost: the rows with rowid %1 (unreadable)")
                                 .arg(ranges.join(QStringLiteral(", "))));
            }
        }
        if (t.rejected > 0)
            parts.append(Salvaged::tr("%n row(s) set aside: the row they belong to was lost", nullptr,
                                      static_cast<int>(t.rejected)));
        if (t.unlinked > 0)
            parts.append(Salvaged::tr("%n row(s) kept without their link to a lost row", nullptr,
                                      static_cast<int>(t.unlinked)));
        lines.append(QStringLiteral("  %1: %2").arg(t.table, parts.join(QStringLiteral("; "))));
    }
    if (!outcome.rejectsPath.isEmpty())
        lines.append(Salvaged::tr("The %n row(s) set aside or unlinked are listed in %1", nullptr,
                                  static_cast<int>(r.rejected() + r.unlinked()))
                         .arg(outcome.rejectsPath));
    lines.append(r.complete() ? Salvaged::tr("Every row was saved (only an index was damaged).")
                              : Salvaged::tr("The copy is incomplete. Restore an earlier backup if you have "
                                             "one ('spotter-cli backup --list'), and keep this copy."));
    return lines;
}

} // namespace spotter
