#include "ui/session/failure_text.hpp"

#include "dataset.hpp"
#include "limits.hpp"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <sys/statvfs.h>

#include <limits>
#include <new>

namespace ui
{

namespace
{

// Numbers as the core writes them (digits grouped by commas in both languages), and the
// saturated count of an overflowing product.
QString count(std::int64_t v)
{
    if (v >= std::numeric_limits<std::int64_t>::max())
        return FailureText::tr("more than 9e18");
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qint64(v));
}

} // namespace

QString FailureText::ofLimit(const core::LimitError& e)
{
    namespace L = core::limits;
    switch (e.which()) {
    case core::Limit::Parameters:
        return tr("the network would have %1 parameters, over the parameter limit of %2")
            .arg(count(e.amount()), count(L::maxParameters));
    case core::Limit::RecordedParameters:
        return tr("the network has %1 parameters, over the recorded weights limit of %2 for the "
                  "weights in a run record")
            .arg(count(e.amount()), count(L::maxRecordedParameters));
    case core::Limit::Inputs:
        return tr("the data have %1 input columns; the input limit is 1 to %2")
            .arg(count(e.amount()), count(L::maxInputs));
    case core::Limit::Classes:
        return tr("the answers name %1 classes; the class limit is 2 to %2")
            .arg(count(e.amount()), count(L::maxClasses));
    case core::Limit::BatchWorkspace:
        return tr("a batch of %1 rows through this network needs %2 numbers of workspace, over "
                  "the batch workspace limit of %3 (a smaller batch size or narrower layers fit)")
            .arg(count(e.rows()), count(e.amount()), count(L::maxBatchWorkspaceValues));
    case core::Limit::DataCells:
        return tr("%1 rows of %2 columns are %3 numbers, over the data size limit of %4 (rows × "
                  "columns)")
            .arg(count(e.rows()), count(e.columns()), count(e.amount()), count(L::maxDataCells));
    case core::Limit::KeptUpdates:
        return tr("the run would make %1 weight updates, over the kept updates limit of %2 "
                  "(every update is kept in memory)")
            .arg(count(e.amount()), count(L::maxKeptUpdates));
    case core::Limit::FileBytes:
        return tr("the file has %1 bytes, over the file size limit of %2")
            .arg(count(e.amount()), count(L::maxFileBytes));
    case core::Limit::RecordFileBytes:
        return tr("the file has %1 bytes, over the record size limit of %2")
            .arg(count(e.amount()), count(L::maxRecordFileBytes));
    case core::Limit::Other:
        break;
    }
    return QString::fromStdString(core::limits::excerpt(e.what(), 400));
}

QString FailureText::of(const std::exception& e)
{
    if (dynamic_cast<const std::bad_alloc*>(&e))
        return tr("There is not enough memory for this (fewer rows, a smaller batch or a smaller "
                  "network would fit).");
    if (const auto* limit = dynamic_cast<const core::LimitError*>(&e))
        return ofLimit(*limit);
    return QString::fromStdString(core::limits::excerpt(e.what(), 400));
}

QString FailureText::ofWrite(const QString& path, const QString& qtReason)
{
    // The nearest existing ancestor: a file there means the folder cannot exist.
    QFileInfo where(QFileInfo(path).absolutePath());
    while (!where.exists() && where.absoluteFilePath() != where.absolutePath())
        where = QFileInfo(where.absolutePath());
    if (where.exists() && !where.isDir())
        return tr("%1 is a file, not a folder, so nothing can be written inside it.")
            .arg(QDir::toNativeSeparators(where.absoluteFilePath()));
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder; a file of that name cannot be written.")
            .arg(QDir::toNativeSeparators(path));
    struct statvfs fs {
    };
    if (where.exists() &&
        ::statvfs(QFile::encodeName(where.absoluteFilePath()).constData(), &fs) == 0) {
        if (fs.f_flag & ST_RDONLY)
            return tr("The file system of %1 is read-only.")
                .arg(QDir::toNativeSeparators(where.absoluteFilePath()));
        // Less than a block free (or what a small file needs): the disk is full.
        const auto freeBytes = static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize;
        if (freeBytes < 64ULL * 1024)
            return tr("No space is left on the device of %1 (%2 bytes free).")
                .arg(QDir::toNativeSeparators(where.absoluteFilePath()))
                .arg(freeBytes);
        if (fs.f_favail == 0 && fs.f_files > 0)
            return tr("No space is left on the device of %1 (no free file entries).")
                .arg(QDir::toNativeSeparators(where.absoluteFilePath()));
    }
    return qtReason;
}

QString FailureText::ofSortedAnswers(const core::Dataset& rows, double validationSplit)
{
    const core::SplitClasses split = core::splitClasses(rows, validationSplit);
    if (split.notPractised.empty() && split.notExamined.empty())
        return {};
    const auto names = [&rows](const std::vector<int>& classes) {
        QStringList out;
        for (int c : classes)
            out << (std::size_t(c) < rows.classNames.size()
                        ? QString::fromStdString(rows.classNames[std::size_t(c)])
                        : QString::number(c));
        return out.join(QStringLiteral(", "));
    };
    QStringList text;
    if (!split.notPractised.empty())
        text << tr("The answers look sorted: %1 appear(s) only in the last rows, held back as the "
                   "new exam, so the model never practises them.")
                    .arg(names(split.notPractised));
    if (!split.notExamined.empty())
        text << tr("The answers look sorted: the new exam (the last rows) has no question of %1.")
                    .arg(names(split.notExamined));
    text << tr("Keras's validation_split takes the last rows as they are, before any shuffling: "
               "shuffle the rows of the file first.");
    return text.join(QLatin1Char(' '));
}

} // namespace ui
