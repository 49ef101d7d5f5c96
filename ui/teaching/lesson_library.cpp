#include "ui/teaching/lesson_library.hpp"

#include "ui/session/failure_text.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

// Outside any namespace: pulls the embedded lessons into programs that link the static library.
static void initLessonResources()
{
    Q_INIT_RESOURCE(lessons);
}

namespace ui
{

QString LessonLibrary::embeddedFolder()
{
    initLessonResources();
    return QStringLiteral(":/lessons");
}

core::Lesson LessonLibrary::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw core::LessonError(QFileInfo(path).fileName().toStdString() +
                                ": cannot be read: " + f.errorString().toStdString());
    const QByteArray bytes = f.readAll();
    try {
        core::Lesson l = core::parseLesson(std::string_view(bytes.constData(), bytes.size()));
        // The file name says which lesson and language it is; the content must agree.
        const QString expected = QString::fromStdString(l.id + "." + l.language + ".json");
        if (QFileInfo(path).fileName() != expected)
            throw core::LessonError("the file should be called " + expected.toStdString());
        return l;
    } catch (const std::exception& e) { // also std::bad_alloc: one lesson, not the window
        throw core::LessonError(QFileInfo(path).fileName().toStdString() + ": " +
                                FailureText::of(e).toStdString());
    }
}

std::vector<LessonFile> LessonLibrary::loadAll(const QStringList& folders, QStringList* problems)
{
    initLessonResources();
    std::vector<LessonFile> out;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        const QStringList names =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& name : names) {
            const QString path = dir.filePath(name);
            try {
                out.push_back({path, load(path)});
            } catch (const core::LessonError& e) {
                if (problems)
                    problems->append(FailureText::of(e));
            }
        }
    }
    return out;
}

std::vector<LessonFile> LessonLibrary::forLanguage(const std::vector<LessonFile>& all,
                                                   const QString& language)
{
    const std::string want = language.left(2).toStdString();
    // Rank per id: the wanted language, then English, then anything; later folders win ties
    // (a teacher's copy replaces the embedded one).
    std::map<std::string, std::pair<int, const LessonFile*>> best;
    for (const LessonFile& f : all) {
        const int rank = f.lesson.language == want ? 0 : (f.lesson.language == "en" ? 1 : 2);
        auto it = best.find(f.lesson.id);
        if (it == best.end() || rank <= it->second.first)
            best[f.lesson.id] = {rank, &f};
    }
    std::vector<LessonFile> out;
    for (const auto& [id, choice] : best)
        out.push_back(*choice.second);
    std::stable_sort(out.begin(), out.end(), [](const LessonFile& a, const LessonFile& b) {
        return a.lesson.order < b.lesson.order;
    });
    return out;
}

} // namespace ui
