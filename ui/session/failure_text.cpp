#include "ui/session/failure_text.hpp"

#include "dataset.hpp"
#include "limits.hpp"

#include <QDir>
#include <QFileInfo>

#include <sys/statvfs.h>

#include <new>

namespace ui
{

QString FailureText::of(const std::exception& e)
{
    if (dynamic_cast<const std::bad_alloc*>(&e))
        return tr("There is not enough memory for this (fewer rows, a smaller batch or a smaller "
                  "network would fit).");
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
