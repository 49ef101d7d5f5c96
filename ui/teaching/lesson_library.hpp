// The guided lessons BatchLab knows: the ones embedded from resources/lessons/ (lessons.qrc)
// and any a teacher puts in an extra folder, one file per lesson and language,
// <id>.<language>.json. A lesson is offered in the language asked for, else in English.
#pragma once

#include "lesson.hpp"

#include <QString>
#include <QStringList>

#include <vector>

namespace ui
{

struct LessonFile {
    QString path;
    core::Lesson lesson;
};

class LessonLibrary
{
public:
    // The folder of embedded lessons (":/lessons").
    static QString embeddedFolder();
    // Every lesson file of `folders` (errors are collected in `problems`, one line per file).
    static std::vector<LessonFile> loadAll(const QStringList& folders, QStringList* problems);
    // One lesson per id in `language` (falling back to English, then to any), by order and id.
    static std::vector<LessonFile> forLanguage(const std::vector<LessonFile>& all,
                                               const QString& language);
    // Reads and parses one file; throws core::LessonError (with the file name) when it fails.
    static core::Lesson load(const QString& path);
};

} // namespace ui
