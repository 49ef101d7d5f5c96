#include "headless.hpp"
#include "headless_meters.hpp"

#include "batch_science.hpp"
#include "comparison.hpp"
#include "csv_import.hpp"
#include "history.hpp"
#include "limits.hpp"
#include "run_reading.hpp"
#include "run_record.hpp"
#include "settings_schema.hpp"
#include "sweep.hpp"
#include "trainer.hpp"
#include "ui/controls/language.hpp"
#include "ui/experiments/science_csv.hpp"
#include "ui/experiments/science_plot.hpp"
#include "ui/experiments/sweep_plot.hpp"
#include "ui/plots/csv_exporter.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/failure_text.hpp"
#include "ui/session/run_description.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/run_store.hpp"
#include "ui/teaching/lesson_library.hpp"
#include "ui/teaching/worksheet.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace
{

constexpr int exitOk = 0;
constexpr int exitFailure = 1;
constexpr int exitBadInput = 2;
// The window's bound on per-update points (ui::TrainingController), so that a run record made
// here buckets its updates as the window would.
constexpr std::int64_t maxUpdatePoints = core::defaultMaxUpdatePoints;

// The translation context of everything said here.
class Headless
{
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

// Bad arguments or input: exit code 2 with this message.
struct BadInput {
    QString message;
};

// Something else failed (writing a file, ...): exit code 1.
struct Failure {
    QString message;
};

void say(const QString& message)
{
    std::fprintf(stderr, "batchlab: %s\n", qPrintable(message));
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// ---- the options ------------------------------------------------------------------------------

struct Opt {
    const char* name;
    const char* valueName; // nullptr: a flag
    const char* help;
};

// Everything the window can set, under Keras's argument names where Keras has one.
const Opt optionTable[] = {
    {"headless", nullptr, QT_TRANSLATE_NOOP("Headless", "Train without a window (this mode).")},
    {"out", "DIR",
     QT_TRANSLATE_NOOP("Headless", "Write the outputs into DIR (created if needed).")},
    {"write", "LIST",
     QT_TRANSLATE_NOOP("Headless",
                       "What to write, comma-separated: csv (updates.csv, epochs.csv), png, svg, "
                       "pdf (loss_per_update, loss_per_epoch and data plots), record (run.json). "
                       "Default: csv,png,record.")},
    {"size", "WxH",
     QT_TRANSLATE_NOOP("Headless", "Plot size in logical pixels (points for PDF), caption "
                                   "included. Default: 1200x700.")},
    {"scale", "S",
     QT_TRANSLATE_NOOP("Headless", "PNG pixels per logical pixel (2 for sharp slides). "
                                   "Default: 1.")},
    {"no-caption", nullptr,
     QT_TRANSLATE_NOOP("Headless", "Plots without the caption strip of the settings.")},
    {"worksheet", "LESSON",
     QT_TRANSLATE_NOOP("Headless", "Write the printable worksheet of a lesson (its id, e.g. "
                                   "more-epochs) and its answer key as PDF into --out.")},
    {"language", "CODE",
     QT_TRANSLATE_NOOP("Headless", "Language of the worksheet: en or ko. Default: en.")},
    {"replay", "RUN.json",
     QT_TRANSLATE_NOOP("Headless", "Retrain a run record from its data and initial weights and "
                                   "check that the history is reproduced exactly.")},
    {"data", "FILE.csv",
     QT_TRANSLATE_NOOP("Headless", "Your own data: a CSV file, one row per sample (UTF-8, "
                                   "UTF-16 or CP949; ',', ';' or tab; decimal commas with ';'). "
                                   "The last 0.2 of the rows are held back for validation, as "
                                   "in the window (--validation-split V, or --no-validation).")},
    {"columns", "LIST",
     QT_TRANSLATE_NOOP("Headless", "With --data: the input columns, by header name or number "
                                   "from 1, comma-separated. Default: every column but the "
                                   "target.")},
    {"drop", "LIST",
     QT_TRANSLATE_NOOP("Headless", "With --data: columns to leave out (names, IDs, dates), by "
                                   "header name or number from 1, comma-separated.")},
    {"drop-incomplete", nullptr,
     QT_TRANSLATE_NOOP("Headless", "With --data: leave out rows with an empty or NA cell "
                                   "(and say how many).")},
    {"no-validation", nullptr,
     QT_TRANSLATE_NOOP("Headless", "With --data: train on every row; no validation split.")},
    {"target", "COLUMN",
     QT_TRANSLATE_NOOP("Headless", "With --data: the target column, by header name or number "
                                   "from 1. Default: the last column.")},
    {"header", "auto|yes|no",
     QT_TRANSLATE_NOOP("Headless", "With --data: whether the first line holds column names. "
                                   "Default: auto.")},
    {"task", "auto|regression|binary|classes",
     QT_TRANSLATE_NOOP("Headless", "With --data: the kind of task. Default: auto (two values "
                                   "or words: binary classification; three or more words or "
                                   "whole numbers: classes, softmax; else regression).")},
    {"standardize", nullptr,
     QT_TRANSLATE_NOOP("Headless", "With --data: scale every input to mean 0 and standard "
                                   "deviation 1.")},
    {"seed", "N",
     QT_TRANSLATE_NOOP("Headless", "One seed for the data, the initial weights and the "
                                   "shuffling (as keras.utils.set_random_seed). Default: 1.")},
    {"compare", "NAME=LIST",
     QT_TRANSLATE_NOOP("Headless",
                       "Train one run per value of one setting and compare them, e.g. "
                       "batch-size=1,4,30, epochs=50,300, optimizer=sgd,adam or "
                       "learning-rate=0.001,0.01,0.1: runs.csv, run-1/, run-2/, ... and the "
                       "overlay plots compare_per_epoch, compare_per_update, compare_per_sample "
                       "and compare_per_second.")},
    {"sweep", "NAME=LIST",
     QT_TRANSLATE_NOOP("Headless",
                       "Train every value of batch-size, epochs or learning-rate with --seeds "
                       "seeds each, e.g. batch-size=1,2,4,8,16,30 (batch-size alone: 1, 2, 4, ... "
                       "up to the training rows, and that number): sweep.csv, sweep_summary.csv "
                       "(mean and standard deviation per value) and the plots sweep and "
                       "sweep_cost.")},
    {"experiment", "LIST",
     QT_TRANSLATE_NOOP("Headless",
                       "The science of batch size on the digits (other settings given override "
                       "the experiment's): critical-batch, noise-scale, linear-scaling, "
                       "increase-batch or all, comma-separated. For each: NAME.csv (one row per "
                       "run), NAME_epochs.csv, the fitted numbers (critical_batch_fit.csv) and "
                       "its plots. See docs/SCIENCE.md.")},
    {"batch-sizes", "LIST",
     QT_TRANSLATE_NOOP("Headless", "With --experiment critical-batch: the batch sizes. "
                                   "Default: 1, 2, 4, ... up to the training rows.")},
    {"learning-rates", "LIST",
     QT_TRANSLATE_NOOP("Headless", "With --experiment critical-batch: the learning rates tried "
                                   "for every batch size (the fewest updates count). Default: "
                                   "the learning rate times 1/3, 1, 3, 9 and 27.")},
    {"seeds", "K",
     QT_TRANSLATE_NOOP("Headless", "With --sweep or --experiment: seeds 1..K per value; seed S "
                                   "sets the initial weights' and the shuffling's seeds. "
                                   "Default: 5 (--experiment: 2).")},
    {"jobs", "N",
     QT_TRANSLATE_NOOP("Headless", "With --sweep or --experiment: runs trained at once. "
                                   "Default: the number of processor cores.")},
    {"scale-learning-rate", nullptr,
     QT_TRANSLATE_NOOP("Headless", "With --sweep batch-size: learning rate × B / B0, with B0 "
                                   "the --batch-size given (linear scaling rule).")},
    {"vary-data-seed", nullptr,
     QT_TRANSLATE_NOOP("Headless", "With --sweep: seed S also generates the data (as --seed S).")},
    {"quiet", nullptr, QT_TRANSLATE_NOOP("Headless", "No progress bar.")},
    {"progress-every", "SECONDS",
     QT_TRANSLATE_NOOP("Headless", "When stderr is not a terminal: a progress line every "
                                   "SECONDS of training (0: after every epoch). Default: 10.")},
};

// Options that define the run, refused together with --replay.
const char* const trainingOptions[] = {"dataset",
                                       "train-size",
                                       "val-size",
                                       "noise",
                                       "label-noise",
                                       "data",
                                       "target",
                                       "header",
                                       "task",
                                       "standardize",
                                       "columns",
                                       "drop",
                                       "drop-incomplete",
                                       "no-validation",
                                       "seed",
                                       "data-seed",
                                       "init-seed",
                                       "shuffle-seed",
                                       "hidden",
                                       "activation",
                                       "optimizer",
                                       "learning-rate",
                                       "momentum",
                                       "beta-1",
                                       "beta-2",
                                       "epsilon",
                                       "batch-size",
                                       "epochs",
                                       "shuffle",
                                       "validation-split",
                                       "early-stopping",
                                       "monitor",
                                       "patience",
                                       "min-delta",
                                       "restore-best-weights",
                                       "start-from-epoch"};

// The options of the command line, built from the table.
QList<QCommandLineOption> parserOptions()
{
    QList<QCommandLineOption> out;
    for (const Opt& o : optionTable) {
        QCommandLineOption option(QLatin1String(o.name),
                                  QCoreApplication::translate("Headless", o.help));
        if (o.valueName)
            option.setValueName(QLatin1String(o.valueName));
        out << option;
        if (qstrcmp(o.name, "seed") == 0) // then the settings, from the one schema
            for (const core::SettingField& f : core::settingFields()) {
                if (!f.cliOption)
                    continue;
                QCommandLineOption setting(QLatin1String(f.cliOption),
                                           QCoreApplication::translate("Headless", f.help));
                if (f.valueName)
                    setting.setValueName(QLatin1String(f.valueName));
                out << setting;
            }
    }
    return out;
}

class Args
{
public:
    explicit Args(QCommandLineParser& p) : p_(p) {}

    bool has(const char* name) const { return p_.isSet(QLatin1String(name)); }
    QString value(const char* name) const { return p_.value(QLatin1String(name)); }

    [[noreturn]] void bad(const char* name, const QString& what) const
    {
        throw BadInput{Headless::tr("--%1 %2, not '%3'")
                           .arg(QLatin1String(name), what,
                                qs(core::limits::excerpt(value(name).toStdString())))};
    }

    long long whole(const char* name, long long lo, long long hi) const
    {
        bool ok = false;
        const long long v = value(name).trimmed().toLongLong(&ok);
        if (!ok || v < lo || v > hi)
            bad(name, Headless::tr("needs a whole number from %1 to %2").arg(lo).arg(hi));
        return v;
    }
    std::uint64_t seed(const char* name) const
    {
        bool ok = false;
        const std::uint64_t v = value(name).trimmed().toULongLong(&ok);
        if (!ok)
            bad(name, Headless::tr("needs a whole number >= 0"));
        return v;
    }
    // A finite number in [lo, hi] (open ends when asked).
    double number(const char* name, double lo, double hi, bool openLo = false,
                  bool openHi = false) const
    {
        bool ok = false;
        const double v = value(name).trimmed().toDouble(&ok);
        const bool inside =
            ok && std::isfinite(v) && (openLo ? v > lo : v >= lo) && (openHi ? v < hi : v <= hi);
        if (!inside) {
            const QString range = (openLo ? QStringLiteral("(") : QStringLiteral("[")) +
                                  QString::number(lo) + QStringLiteral(", ") +
                                  (std::isinf(hi) ? QStringLiteral("inf") : QString::number(hi)) +
                                  (openHi ? QStringLiteral(")") : QStringLiteral("]"));
            bad(name, Headless::tr("needs a number in %1").arg(range));
        }
        return v;
    }
    bool boolean(const char* name) const
    {
        const QString v = value(name).trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") ||
            v == QLatin1String("1"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off") ||
            v == QLatin1String("0"))
            return false;
        bad(name, Headless::tr("must be true or false"));
    }
    template <typename Enum, typename Parse>
    Enum key(const char* name, Parse parse, const QString& choices) const
    {
        Enum e{};
        if (!parse(value(name).trimmed().toStdString(), e))
            bad(name, Headless::tr("must be one of %1").arg(choices));
        return e;
    }

private:
    QCommandLineParser& p_;
};

struct Outputs {
    QString dir;
    bool csv = false, record = false;
    QStringList imageFormats;
    int width = 1200, height = 700;
    double scale = 1.0;
    bool caption = true;
};

Outputs readOutputs(const Args& a)
{
    Outputs o;
    if (!a.has("out"))
        throw BadInput{Headless::tr("--out DIR is required (where to write the files)")};
    o.dir = a.value("out");
    if (o.dir.isEmpty())
        throw BadInput{Headless::tr("--out needs a directory name")};
    const QString what = a.has("write") ? a.value("write") : QStringLiteral("csv,png,record");
    const QStringList items = what.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        a.bad("write", Headless::tr("needs a list of csv, png, svg, pdf, record"));
    for (QString item : items) {
        item = item.trimmed().toLower();
        if (item == QLatin1String("csv"))
            o.csv = true;
        else if (item == QLatin1String("record"))
            o.record = true;
        else if (item == QLatin1String("png") || item == QLatin1String("svg") ||
                 item == QLatin1String("pdf")) {
            if (!o.imageFormats.contains(item))
                o.imageFormats << item;
        } else
            a.bad("write", Headless::tr("lists '%1'; the choices are csv, png, svg, pdf, record")
                               .arg(qs(core::limits::excerpt(item.toStdString()))));
    }
    if (a.has("size")) {
        static const QRegularExpression re(
            QStringLiteral("^\\s*(\\d{1,5})\\s*[xX]\\s*(\\d{1,5})\\s*$"));
        const auto m = re.match(a.value("size"));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 200 || h < 150 || w > 10000 || h > 10000)
            a.bad("size", Headless::tr("needs WIDTHxHEIGHT from 200x150 to 10000x10000"));
        o.width = w;
        o.height = h;
    }
    if (a.has("scale"))
        o.scale = a.number("scale", 0.0, core::limits::maxImageScale, true, false);
    try {
        // Before any widget or image of that size exists.
        core::limits::checkImagePixels(
            o.width, o.height, o.imageFormats.contains(QLatin1String("png")) ? o.scale : 1.0);
    } catch (const core::LimitError& e) {
        throw BadInput{QStringLiteral("--size %1x%2 --scale %3: %4")
                           .arg(o.width)
                           .arg(o.height)
                           .arg(o.scale)
                           .arg(qs(e.what()))};
    }
    o.caption = !a.has("no-caption");
    return o;
}

core::RunSpec readSpec(const Args& a, const core::RunSettings& start = core::overfitPreset())
{
    core::RunSpec spec = core::specOf(start);
    core::RunSettings& s = spec.settings;
    if (a.has("dataset") && a.has("data"))
        throw BadInput{
            Headless::tr("--dataset and --data exclude each other (generated data or a file)")};
    if (!a.has("data"))
        for (const char* csvOnly : {"target", "header", "task", "standardize", "columns", "drop",
                                    "drop-incomplete", "no-validation"})
            if (a.has(csvOnly))
                throw BadInput{
                    Headless::tr("--%1 goes with --data FILE.csv").arg(QLatin1String(csvOnly))};
    if (a.has("data"))
        for (const char* genOnly : {"train-size", "val-size", "noise", "label-noise", "data-seed"})
            if (a.has(genOnly))
                throw BadInput{Headless::tr("--%1 is for generated data; it cannot go with --data")
                                   .arg(QLatin1String(genOnly))};

    const bool esDetail = a.has("monitor") || a.has("patience") || a.has("min-delta") ||
                          a.has("restore-best-weights") || a.has("start-from-epoch");
    if (esDetail && !a.has("early-stopping"))
        throw BadInput{
            Headless::tr("--monitor, --patience, --min-delta, --restore-best-weights and "
                         "--start-from-epoch go with --early-stopping")};
    // Every setting option, through the one settings schema (core/settings_schema.hpp).
    std::map<std::string, std::string> values;
    try {
        core::readSettingOptions(s, [&a, &values](std::string_view option) -> const std::string* {
            const std::string name(option);
            if (!a.has(name.c_str()))
                return nullptr;
            return &(values[name] = a.value(name.c_str()).toStdString());
        });
    } catch (const core::SettingOptionError& e) {
        throw BadInput{qs(e.what())};
    }
    const core::EarlyStoppingConfig& es = s.train.earlyStopping;

    if (a.has("data")) {
        core::CsvImportOptions o;
        if (a.has("target")) {
            const QString t = a.value("target").trimmed();
            bool isIndex = false;
            const int index = t.toInt(&isIndex);
            if (t.isEmpty())
                a.bad("target", Headless::tr("needs a column name or number"));
            if (isIndex) {
                if (index < 1)
                    a.bad("target", Headless::tr("needs a column number from 1"));
                o.targetIndex = index;
            } else {
                o.targetName = t.toStdString();
            }
        }
        if (a.has("header")) {
            const QString h = a.value("header").trimmed();
            if (h == QLatin1String("auto"))
                o.header = core::CsvHeader::Auto;
            else if (h == QLatin1String("yes"))
                o.header = core::CsvHeader::Present;
            else if (h == QLatin1String("no"))
                o.header = core::CsvHeader::Absent;
            else
                a.bad("header", Headless::tr("must be auto, yes or no"));
        }
        if (a.has("task")) {
            const QString t = a.value("task").trimmed();
            if (t == QLatin1String("regression"))
                o.task = core::TaskKind::Regression;
            else if (t == QLatin1String("binary") || t == QLatin1String("classification"))
                o.task = core::TaskKind::BinaryClassification;
            else if (t == QLatin1String("classes") || t == QLatin1String("multiclass"))
                o.task = core::TaskKind::MultiClassClassification;
            else if (t != QLatin1String("auto"))
                a.bad("task", Headless::tr("must be auto, regression, binary or classes"));
        }
        o.standardize = a.has("standardize");
        if (a.has("columns"))
            o.inputColumns = core::columnList(a.value("columns").toStdString());
        if (a.has("drop"))
            o.dropColumns = core::columnList(a.value("drop").toStdString());
        o.dropIncomplete = a.has("drop-incomplete");
        // As the window's Open data does: the last part held back as the new exam, unless
        // asked otherwise.
        if (a.has("no-validation")) {
            if (a.has("validation-split"))
                throw BadInput{
                    Headless::tr("--no-validation and --validation-split exclude each other")};
            s.validation = core::ValidationMode::SeparateSet;
        } else {
            s.validation = core::ValidationMode::Split;
        }
        const QString path = a.value("data");
        core::CsvImport imported;
        try {
            imported = core::importCsvFile(QFile::encodeName(path).toStdString(), o);
            core::checkRowsFit(imported.data.rows(), s.train.batchSize,
                               s.validation == core::ValidationMode::Split
                                   ? std::optional<double>(s.validationSplit)
                                   : std::nullopt);
        } catch (const core::CsvImportError& e) {
            throw BadInput{QStringLiteral("--data: %1").arg(qs(e.what()))};
        }
        if (imported.droppedRows > 0)
            say(Headless::tr("%1: %n row(s) with an empty or NA cell left out (the first on line "
                             "%2)",
                             nullptr, imported.droppedRows)
                    .arg(QFileInfo(path).fileName())
                    .arg(imported.firstDroppedLine));
        if (s.validation == core::ValidationMode::Split) {
            const QString sorted =
                ui::FailureText::ofSortedAnswers(imported.data, s.validationSplit);
            if (!sorted.isEmpty())
                say(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), sorted));
        }
        core::DataSplit split;
        split.train = std::move(imported.data);
        split.val = split.train.slice(0, 0);
        spec.data = std::move(split);
        spec.dataSource = QFileInfo(path).fileName().toStdString();
        if (s.validation == core::ValidationMode::SeparateSet)
            s.data.nVal = 0;
    }
    try {
        spec.validate();
    } catch (const std::invalid_argument& e) {
        throw BadInput{Headless::tr("these settings cannot train: %1").arg(qs(e.what()))};
    }
    // Keras only warns and never stops; say it instead of training to the end silently.
    if (es.enabled && es.monitor == core::Monitor::ValLoss && spec.makeData().val.rows() == 0)
        throw BadInput{Headless::tr("--early-stopping watches val_loss, but there are no "
                                    "validation rows: give --validation-split or --val-size, "
                                    "or --monitor loss")};
    return spec;
}

// ---- progress ---------------------------------------------------------------------------------

// When stderr is not a terminal (a log, a pipe, a class's batch job): a progress line every
// this many seconds of training (0: after every epoch; negative: none). Set by run().
double progressLineEvery = -1.0;

class ProgressBar final : public core::TrainingObserver
{
public:
    ProgressBar(bool enabled, int epochs, std::int64_t updates)
        : enabled_(enabled), epochs_(epochs), updates_(std::max<std::int64_t>(updates, 1))
    {
        clock_.start();
    }
    void onUpdate(const core::UpdateInfo& u) override
    {
        done_ = u.update;
        epoch_ = u.epoch;
        if (enabled_ && clock_.elapsed() - last_ >= 100)
            draw();
        if (progressLineEvery > 0.0 && clock_.elapsed() >= nextLine_)
            line();
    }
    void onEpoch(const core::EpochInfo& e) override
    {
        if (progressLineEvery == 0.0 && e.epoch > 0)
            line();
    }
    void onFinished(const core::Outcome& o) override
    {
        done_ = o.updates;
        epoch_ = o.epochs;
        if (enabled_) {
            draw();
            std::fputc('\n', stderr);
        }
    }

private:
    // "batchlab: epoch 3/50, update 1200/20000 (6 %), 10 s, about 150 s left"
    void line()
    {
        const double seconds = double(clock_.elapsed()) / 1000.0;
        nextLine_ = clock_.elapsed() + qint64(progressLineEvery * 1000.0);
        const double f = std::min(1.0, double(done_) / double(updates_));
        const QString left =
            f > 0.0 ? Headless::tr("about %1 s left").arg(std::llround(seconds * (1.0 - f) / f))
                    : QString();
        std::fprintf(stderr, "batchlab: %s\n",
                     qPrintable(Headless::tr("epoch %1/%2, update %3/%4 (%5 %), %6 s, %7")
                                    .arg(epoch_)
                                    .arg(epochs_)
                                    .arg(done_)
                                    .arg(updates_)
                                    .arg(int(f * 100.0))
                                    .arg(std::llround(seconds))
                                    .arg(left)));
        std::fflush(stderr);
    }
    void draw()
    {
        last_ = clock_.elapsed();
        constexpr int width = 30;
        const double f = std::min(1.0, double(done_) / double(updates_));
        const int filled = int(f * width);
        std::fprintf(stderr, "\r[%s%s] %3d%%  %s", std::string(std::size_t(filled), '#').c_str(),
                     std::string(std::size_t(width - filled), '.').c_str(), int(f * 100.0),
                     qPrintable(Headless::tr("epoch %1/%2, update %3/%4")
                                    .arg(epoch_)
                                    .arg(epochs_)
                                    .arg(done_)
                                    .arg(updates_)));
        std::fflush(stderr);
    }

    bool enabled_;
    int epochs_;
    std::int64_t updates_;
    std::int64_t done_ = 0;
    int epoch_ = 0;
    QElapsedTimer clock_;
    qint64 last_ = -1000;
    qint64 nextLine_ = qint64(progressLineEvery * 1000.0);
};

// ---- outputs ----------------------------------------------------------------------------------

void writeText(const QString& path, const std::string& text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(text.data(), qint64(text.size())) != qint64(text.size()) || !f.commit())
        throw Failure{Headless::tr("cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(path),
                               ui::FailureText::ofWrite(path, f.errorString()))};
}

void check(const ui::ExportResult& r)
{
    if (!r.ok)
        throw Failure{r.error};
}

// `plot` as DIR/<stem>.<format> for every image format of --write.
void exportImages(QCustomPlot* plot, const Outputs& out, const QString& stem,
                  const QString& caption)
{
    for (const QString& format : out.imageFormats) {
        ui::ImageExportOptions o;
        o.path = QDir(out.dir).filePath(stem + QLatin1Char('.') + format);
        o.format = format;
        o.width = out.width;
        o.height = out.height;
        o.scale = out.scale;
        o.caption = caption;
        check(ui::ImageExporter::exportPlot(plot, o));
    }
}

QString captionOf(const core::RunSpec& spec, const core::RunResult& r)
{
    const QString what = ui::RunDescription::caption(spec);
    return Headless::tr("BatchLab · %1 · after %2 epochs (%3 updates)")
        .arg(what)
        .arg(r.outcome.epochs)
        .arg(r.outcome.updates);
}

void writePlots(const core::RunSpec& spec, const core::RunResult& r, const Outputs& out)
{
    if (out.imageFormats.isEmpty())
        return;
    const ui::RunSnapshot snap =
        ui::recordedSnapshot(spec, r.initialParameters, r.history, r.outcome, r.finalParameters);
    const std::shared_ptr<const ui::RunStart>& start = snap.start;

    ui::LossPerUpdatePlot perUpdate;
    ui::LossPerEpochPlot perEpoch;
    ui::DataView dataView;
    perUpdate.clearRun();
    perUpdate.setRunShape(start->stepsPerEpoch, start->trainingRows);
    perUpdate.append(snap);
    perEpoch.clearRun(core::isClassification(spec.task()), spec.settings.train.earlyStopping);
    perEpoch.append(snap);
    dataView.clearRun();
    dataView.setRunStart(start);
    dataView.setParameters(r.finalParameters);
    const std::pair<ui::PlotWidget*, QString> plots[] = {
        {&perUpdate, QStringLiteral("loss_per_update")},
        {&perEpoch, QStringLiteral("loss_per_epoch")},
        {&dataView, QStringLiteral("data")}};
    for (const auto& [plot, stem] : plots) {
        plot->resize(out.width, out.height);
        plot->resetView();
    }
    QCoreApplication::processEvents();
    dataView.redrawModelNow();
    for (const auto& [plot, stem] : plots)
        plot->resetView();
    QCoreApplication::processEvents();

    const QString caption = out.caption ? captionOf(spec, r) : QString();
    for (const auto& [plot, stem] : plots)
        exportImages(plot, out, stem, caption);
}

void writeOutputs(const core::RunSpec& spec, const core::RunResult& r, const Outputs& out)
{
    if (!QDir().mkpath(out.dir))
        throw Failure{
            Headless::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(out.dir))};
    const QDir dir(out.dir);
    if (out.csv) {
        const int steps =
            core::stepsPerEpoch(std::max(1, spec.trainingRows()), spec.settings.train.batchSize);
        check(ui::CsvExporter::writeUpdates(dir.filePath(QStringLiteral("updates.csv")),
                                            ui::updatePointsOf(r.history, steps)));
        check(ui::CsvExporter::writeEpochs(dir.filePath(QStringLiteral("epochs.csv")),
                                           r.history.epochs,
                                           core::readRun(r.history.epochs, r.outcome)));
    }
    if (out.record) {
        const std::string text = core::writeRunRecord(
            core::makeRunRecord(spec, r, QCoreApplication::applicationVersion().toStdString()));
        try {
            // Never write a record that cannot be opened again.
            core::limits::checkRecordFileBytes(static_cast<std::int64_t>(text.size()));
        } catch (const core::LimitError& e) {
            throw Failure{Headless::tr("--write record: %1 (leave out record)").arg(qs(e.what()))};
        }
        writeText(dir.filePath(QStringLiteral("run.json")), text);
    }
    writePlots(spec, r, out);
}

// A terminal's progress line, rewritten in place (a plan's runs done so far).
void showOnOneLine(const QString& line)
{
    std::fprintf(stderr, "\r%s", qPrintable(line));
    std::fflush(stderr);
}

// Trains `spec` to its end with a progress bar (when `progress`); settings that cannot train are
// bad input, said after `prefix`.
core::RunResult train(const core::RunSpec& spec, std::int64_t maxPoints, bool progress,
                      const QString& prefix)
{
    const int steps =
        core::stepsPerEpoch(std::max(1, spec.trainingRows()), spec.settings.train.batchSize);
    ProgressBar bar(progress, spec.settings.train.epochs,
                    std::int64_t(steps) * spec.settings.train.epochs);
    try {
        return core::trainSpec(spec, maxPoints, &bar);
    } catch (const std::invalid_argument& e) {
        throw BadInput{prefix + Headless::tr("the run cannot train: %1").arg(qs(e.what()))};
    }
}

// ---- --compare NAME=LIST ------------------------------------------------------------------

struct Compared {
    QString option; // the compared option, without "--"
    QStringList values;
};

Compared readCompared(const Args& a)
{
    const QString text = a.value("compare");
    const int eq = text.indexOf(QLatin1Char('='));
    Compared c;
    c.option = text.left(eq).trimmed();
    if (c.option.startsWith(QLatin1String("--")))
        c.option = c.option.mid(2);
    if (eq < 0 || c.option.isEmpty())
        a.bad("compare",
              Headless::tr("needs NAME=VALUE,VALUE,... (for example batch-size=1,4,30)"));
    bool known = false;
    for (const char* name : trainingOptions)
        known = known || c.option == QLatin1String(name);
    bool takesValue = false;
    for (const QCommandLineOption& o : parserOptions())
        takesValue = takesValue || (o.names().contains(c.option) && !o.valueName().isEmpty());
    if (!known || !takesValue || c.option == QLatin1String("data"))
        a.bad("compare", Headless::tr("names '%1', which is not a setting with a value (for "
                                      "example batch-size, epochs, optimizer, learning-rate)")
                             .arg(c.option.left(40)));
    if (a.has(c.option.toLatin1().constData()))
        throw BadInput{
            Headless::tr("--compare %1=... and --%1 cannot be given together").arg(c.option)};
    // Values are separated by commas; a list setting (hidden) separates its values by ';'.
    const QChar sep = c.option == QLatin1String("hidden") ? QLatin1Char(';') : QLatin1Char(',');
    for (const QString& v : text.mid(eq + 1).split(sep))
        if (!v.trimmed().isEmpty())
            c.values << v.trimmed();
    if (c.values.size() < 1 || c.values.size() > 12)
        a.bad("compare", Headless::tr("needs from 1 to 12 values"));
    return c;
}

// The settings of one compared run: the command line as given, with --NAME VALUE instead of
// --compare, read by the same code as a single run (so each run equals `batchlab --headless`
// with that value).
core::RunSpec comparedSpec(const Compared& c, const QString& value)
{
    QStringList args{QCoreApplication::arguments().value(0)};
    const QStringList given = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < given.size(); ++i) {
        const QString& g = given[i];
        if (g == QLatin1String("--compare")) {
            ++i; // and its value
            continue;
        }
        if (g.startsWith(QLatin1String("--compare=")))
            continue;
        args << g;
    }
    args << QStringLiteral("--%1").arg(c.option) << value;
    QCommandLineParser p;
    for (const QCommandLineOption& o : parserOptions())
        p.addOption(o);
    if (!p.parse(args))
        throw BadInput{p.errorText()};
    return readSpec(Args(p));
}

QString shortNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString();
}

int runCompare(const Args& a, const Outputs& out, bool progress)
{
    const Compared c = readCompared(a);
    std::vector<core::RunSpec> specs;
    for (const QString& v : c.values) // every value is checked before anything trains
        specs.push_back(comparedSpec(c, v));
    if (!QDir().mkpath(out.dir))
        throw Failure{
            Headless::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(out.dir))};
    ui::RunStore store;
    QStringList rows{QStringLiteral("label,%1,batch_size,epochs,updates,best_epoch,best_val_loss,"
                                    "final_train_loss,final_val_loss,seconds")
                         .arg(c.option)};
    int code = exitOk;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const core::RunSpec& spec = specs[i];
        const core::RunResult result =
            train(spec, maxUpdatePoints, progress,
                  QStringLiteral("--compare %1=%2: ").arg(c.option, c.values[int(i)]));
        Outputs one = out;
        one.dir = QDir(out.dir).filePath(QStringLiteral("run-%1").arg(i + 1));
        writeOutputs(spec, result, one);
        if (result.outcome.reason == core::StopReason::Diverged) {
            say(QStringLiteral("run-%1: %2").arg(i + 1).arg(qs(result.outcome.message)));
            code = exitFailure;
        }
        const ui::RunId id = store.addRecord(core::makeRunRecord(
            spec, result, QCoreApplication::applicationVersion().toStdString()));
        store.setPinned(id, true);
        // A compared setting the label does not name (min-delta, seed, ...) is added to it, so
        // that no two runs carry the same label.
        bool sameLabel = false;
        for (const core::RunSpec& other : specs)
            sameLabel = sameLabel || (&other != &spec &&
                                      ui::RunStore::labelOf(other) == ui::RunStore::labelOf(spec));
        if (sameLabel)
            store.setLabel(id, QStringLiteral("%1 · %2 = %3")
                                   .arg(store.entry(id)->label, c.option, c.values[int(i)]));
        const ui::RunEntry& e = *store.entry(id);
        const core::EpochInfo* last = e.lastEpoch();
        // The run's reading (core::RunReader), as run.json and the window state it.
        const core::RunReading& reading = e.reading();
        const int best = reading.bestEpoch;
        const double bestVal = best > 0 ? reading.bestValLoss : std::nan("");
        QString label = e.label;
        label.replace(QLatin1Char('"'), QLatin1Char('\''));
        rows << QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7,%8,%9,%10")
                    .arg(label, c.values[int(i)])
                    .arg(spec.settings.train.batchSize)
                    .arg(result.outcome.epochs)
                    .arg(result.outcome.updates)
                    .arg(best > 0 ? QString::number(best) : QString())
                    .arg(shortNumber(bestVal), shortNumber(last ? last->trainLoss : std::nan("")),
                         shortNumber(last ? last->valLoss : std::nan("")),
                         shortNumber(last ? last->seconds : std::nan("")));
    }
    if (out.record) {
        // The runs together, to open in the window: `batchlab DIR/comparison.batchlab-comparison`.
        core::Comparison all;
        for (const auto& e : store.runs())
            if (std::optional<core::RunRecord> r =
                    e->record(QCoreApplication::applicationVersion().toStdString()))
                all.runs.push_back({std::move(*r), e->label.toStdString(), e->colour, true});
        writeText(QDir(out.dir).filePath(QStringLiteral("comparison.batchlab-comparison")),
                  core::writeComparison(all));
    }
    writeText(QDir(out.dir).filePath(QStringLiteral("runs.csv")),
              (rows.join(QLatin1Char('\n')) + QLatin1Char('\n')).toStdString());
    // The overlays: validation (solid) and training (dashed) loss of every run on each x axis.
    const std::pair<ui::UpdateAxis, QString> axes[] = {
        {ui::UpdateAxis::Epoch, QStringLiteral("compare_per_epoch")},
        {ui::UpdateAxis::Update, QStringLiteral("compare_per_update")},
        {ui::UpdateAxis::SamplesSeen, QStringLiteral("compare_per_sample")},
        {ui::UpdateAxis::Seconds, QStringLiteral("compare_per_second")}};
    for (const auto& [axis, stem] : axes) {
        if (out.imageFormats.isEmpty())
            break;
        ui::LossPerEpochPlot plot;
        plot.clearRun(core::isClassification(specs.front().task()), {});
        plot.setShowAccuracy(false);
        plot.setAxis(axis);
        plot.setStore(&store);
        plot.resize(out.width, out.height);
        plot.resetView();
        QCoreApplication::processEvents();
        plot.resetView();
        const QString caption =
            out.caption ? Headless::tr("BatchLab · comparing %1 = %2 · solid: validation loss, "
                                       "dashed: training loss")
                              .arg(c.option, c.values.join(QStringLiteral(", ")))
                        : QString();
        exportImages(&plot, out, stem, caption);
    }
    return code;
}

// ---- --sweep NAME=LIST --------------------------------------------------------------------

QString csvNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString();
}

// A swept value as short as it reads back exactly (0.1, not 0.10000000000000001).
QString sweptValue(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// The sweep as asked on the command line (the base run read like a single run).
core::SweepSpec readSweep(const Args& a)
{
    const QString text = a.value("sweep").trimmed();
    const int eq = text.indexOf(QLatin1Char('='));
    const QString name = (eq < 0 ? text : text.left(eq)).trimmed();
    core::SweepSpec sweep;
    if (!core::parseSweepParameter(name.toStdString(), sweep.parameter))
        a.bad("sweep", Headless::tr("needs batch-size, epochs or learning-rate, optionally with "
                                    "=VALUE,VALUE,... (for example batch-size=1,2,4,8,16,30)"));
    // --batch-size is B0 of --scale-learning-rate; otherwise the swept option cannot be given.
    const bool isB0 =
        sweep.parameter == core::SweepParameter::BatchSize && a.has("scale-learning-rate");
    if (a.has(core::sweepParameterKey(sweep.parameter)) && !isB0)
        throw BadInput{Headless::tr("--sweep %1=... and --%1 cannot be given together").arg(name)};
    for (const char* seedOption : {"init-seed", "shuffle-seed"})
        if (a.has(seedOption))
            throw BadInput{Headless::tr("--sweep sets --%1 to each seed 1..K (--seeds K); it "
                                        "cannot be given")
                               .arg(QLatin1String(seedOption))};
    if (eq >= 0) {
        const QStringList items = text.mid(eq + 1).split(QLatin1Char(','));
        if (items.size() > core::limits::maxSweepValues)
            a.bad("sweep", Headless::tr("lists more than %1 values (the sweep value limit)")
                               .arg(core::limits::maxSweepValues));
        for (const QString& item : items) {
            bool ok = false;
            const double v = item.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v))
                a.bad("sweep", Headless::tr("lists '%1', which is not a number")
                                   .arg(qs(core::limits::excerpt(item.trimmed().toStdString()))));
            sweep.values.push_back(v);
        }
    }
    if (a.has("seeds"))
        sweep.seeds = int(a.whole("seeds", 1, core::limits::maxSweepSeeds));
    sweep.scaleLearningRate = a.has("scale-learning-rate");
    sweep.varyDataSeed = a.has("vary-data-seed");
    sweep.base = readSpec(a);
    return sweep;
}

// One row per run: the swept value, seed, best_epoch, best_val_loss, final_train_loss,
// final_val_loss, overfitting_from_epoch, updates, seconds (numbers as in epochs.csv).
QString sweepCsv(core::SweepParameter p, const std::vector<core::SweepRunResult>& results)
{
    QString column = QLatin1String(core::sweepParameterKey(p));
    column.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList rows{column + QStringLiteral(",seed,best_epoch,best_val_loss,final_train_loss,"
                                             "final_val_loss,overfitting_from_epoch,updates,"
                                             "seconds")};
    for (const core::SweepRunResult& r : results) {
        if (!r.ok()) {
            rows << QStringLiteral("%1,%2,,,,,,,").arg(sweptValue(r.value)).arg(r.seed);
            continue;
        }
        rows << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9")
                    .arg(sweptValue(r.value))
                    .arg(r.seed)
                    .arg(r.bestEpoch > 0 ? QString::number(r.bestEpoch) : QString())
                    .arg(csvNumber(r.bestValLoss), csvNumber(r.finalTrainLoss),
                         csvNumber(r.finalValLoss),
                         r.overfittingFrom ? QString::number(*r.overfittingFrom) : QString())
                    .arg(r.updates)
                    .arg(csvNumber(r.seconds));
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Per value: the runs that ended and the mean and standard deviation of every column.
QString sweepSummaryCsv(core::SweepParameter p, const std::vector<core::SweepSummaryRow>& summary)
{
    QString column = QLatin1String(core::sweepParameterKey(p));
    column.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList header{column, QStringLiteral("runs")};
    for (int c = 0; c < core::sweepColumnCount; ++c) {
        const QString key = QLatin1String(core::sweepColumnKey(core::SweepColumn(c)));
        header << key + QStringLiteral("_mean") << key + QStringLiteral("_sd");
    }
    QStringList rows{header.join(QLatin1Char(','))};
    for (const core::SweepSummaryRow& row : summary) {
        QStringList cells{sweptValue(row.value), QString::number(row.runs)};
        for (const core::SweepStat& s : row.stats)
            cells << csvNumber(s.mean) << csvNumber(s.sd);
        rows << cells.join(QLatin1Char(','));
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Training time the cost meter spends on each batch size after a sweep.
constexpr double sweepCostSeconds = 0.05;

int runSweep(const Args& a, const Outputs& out, bool progress)
{
    for (const char* withSweep : {"compare", "replay"})
        if (a.has(withSweep))
            throw BadInput{Headless::tr("--sweep and --%1 cannot be given together")
                               .arg(QLatin1String(withSweep))};
    const core::SweepSpec sweep = readSweep(a);
    int jobs = int(std::max(1u, std::thread::hardware_concurrency()));
    if (a.has("jobs"))
        jobs = int(a.whole("jobs", 1, core::limits::maxSweepJobs));
    std::vector<core::SweepRun> plan;
    try {
        plan = core::planSweep(sweep);
    } catch (const std::invalid_argument& e) {
        throw BadInput{QStringLiteral("--sweep: %1").arg(qs(e.what()))};
    }
    if (!QDir().mkpath(out.dir))
        throw Failure{
            Headless::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(out.dir))};

    core::SweepRunner runner(plan, std::min<int>(jobs, core::limits::maxSweepJobs),
                             maxUpdatePoints);
    const int total = int(plan.size());
    runner.run([&](const core::SweepRunResult& r) {
        // Called by one worker at a time.
        if (!r.ok())
            say(Headless::tr("--sweep %1=%2, seed %3: %4")
                    .arg(QLatin1String(core::sweepParameterKey(sweep.parameter)))
                    .arg(r.value)
                    .arg(r.seed)
                    .arg(qs(r.error)));
        if (progress)
            showOnOneLine(
                Headless::tr("sweep: %1 of %2 runs done").arg(runner.runsDone() + 1).arg(total));
    });
    if (progress)
        std::fputc('\n', stderr);
    const std::vector<core::SweepRunResult> results = runner.results();
    const std::vector<double> values = core::sweepValues(plan);
    const std::vector<core::SweepSummaryRow> summary = core::summarizeSweep(values, results);
    const QDir dir(out.dir);
    writeText(dir.filePath(QStringLiteral("sweep.csv")),
              sweepCsv(sweep.parameter, results).toStdString());
    writeText(dir.filePath(QStringLiteral("sweep_summary.csv")),
              sweepSummaryCsv(sweep.parameter, summary).toStdString());

    // The gradient-noise meter (noise.csv, plot noise) and the cost meter (cost.csv, plot cost)
    // for the swept batch sizes (the default list 1, 2, 4, ..., N when something else is swept),
    // at the base settings' initial weights.
    if (sweep.base.hasExplicitData()) {
        say(Headless::tr("--sweep: the gradient-noise and cost meters measure generated data "
                         "only; noise.csv and cost.csv are not written for --data"));
    } else {
        std::vector<int> batchSizes;
        const std::vector<double> sizes =
            sweep.parameter == core::SweepParameter::BatchSize
                ? values
                : core::defaultSweepValues(core::SweepParameter::BatchSize,
                                           sweep.base.trainingRows());
        for (double b : sizes)
            batchSizes.push_back(int(b));
        MetersOutput mo;
        mo.dir = out.dir;
        mo.csv = true;
        // After the sweep nothing else trains: the cost meter times the batch sizes on the
        // sweep's jobs, 0.05 s each (thousands of updates even at the largest batch of the
        // default data), so that it adds a fraction of the sweep's own time.
        mo.costJobs = std::min<int>(jobs, core::limits::maxSweepJobs);
        mo.costSecondsPerBatchSize = sweepCostSeconds;
        mo.imageFormats = out.imageFormats;
        mo.width = out.width;
        mo.height = out.height;
        mo.scale = out.scale;
        if (out.caption)
            mo.caption = Headless::tr("BatchLab · %1").arg(ui::RunStore::labelOf(sweep.base));
        const MetersResult m = writeMeters(sweep.base.settings, batchSizes, mo);
        if (!m.ok) {
            if (m.badInput)
                throw BadInput{m.error};
            throw Failure{m.error};
        }
    }

    if (!out.imageFormats.isEmpty()) {
        QStringList shown;
        for (double v : values)
            shown << sweptValue(v);
        const QString caption =
            out.caption ? Headless::tr("BatchLab · sweep of %1 = %2 · %3 seeds each · %4")
                              .arg(ui::SweepPlot::parameterName(sweep.parameter),
                                   shown.join(QStringLiteral(", ")))
                              .arg(sweep.seeds)
                              .arg(ui::RunStore::labelOf(sweep.base))
                        : QString();
        const std::pair<ui::SweepPlot::Kind, QString> plots[] = {
            {ui::SweepPlot::Kind::Losses, QStringLiteral("sweep")},
            {ui::SweepPlot::Kind::Costs, QStringLiteral("sweep_cost")}};
        for (const auto& [kind, stem] : plots) {
            ui::SweepPlot plot(kind);
            plot.resize(out.width, out.height);
            plot.setSweep(sweep.parameter, summary);
            QCoreApplication::processEvents();
            plot.resetView();
            exportImages(&plot, out, stem, caption);
        }
    }
    for (const core::SweepRunResult& r : results)
        if (!r.ok())
            return exitFailure;
    return int(results.size()) == total ? exitOk : exitFailure;
}

// ---- --experiment LIST ------------------------------------------------------------------------

// A list of numbers of an option (each checked by `ok`).
std::vector<double> numberList(const Args& a, const char* name, bool whole)
{
    std::vector<double> out;
    const QStringList items = a.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty() || items.size() > core::limits::maxSweepValues)
        a.bad(name, Headless::tr("needs 1 to %1 numbers separated by commas")
                        .arg(core::limits::maxSweepValues));
    for (const QString& item : items) {
        bool ok = false;
        const double v = item.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v) || v <= 0 || v > 1e6 || (whole && v != std::floor(v)))
            a.bad(name, whole ? Headless::tr("lists '%1', which is not a whole number from 1 to "
                                             "1000000")
                                    .arg(item.trimmed())
                              : Headless::tr("lists '%1', which is not a number in (0, 1000000]")
                                    .arg(item.trimmed()));
        out.push_back(v);
    }
    return out;
}

std::vector<core::Experiment> readExperiments(const Args& a)
{
    std::vector<core::Experiment> out;
    for (const QString& item : a.value("experiment").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.trimmed();
        core::Experiment e{};
        if (name == QLatin1String("all")) {
            out.assign(std::begin(core::allExperiments), std::end(core::allExperiments));
            return out;
        }
        if (!core::parseExperiment(name.toStdString(), e))
            a.bad("experiment", Headless::tr("needs critical-batch, noise-scale, linear-scaling, "
                                             "increase-batch or all, not '%1'")
                                    .arg(name.left(int(core::limits::maxQuoted))));
        if (std::find(out.begin(), out.end(), e) == out.end())
            out.push_back(e);
    }
    if (out.empty())
        a.bad("experiment", Headless::tr("needs critical-batch, noise-scale, linear-scaling, "
                                         "increase-batch or all"));
    return out;
}

int runExperiments(const Args& a, const Outputs& out, bool progress)
{
    for (const char* other :
         {"sweep", "compare", "replay", "scale-learning-rate", "vary-data-seed"})
        if (a.has(other))
            throw BadInput{Headless::tr("--experiment and --%1 cannot be given together")
                               .arg(QLatin1String(other))};
    const std::vector<core::Experiment> kinds = readExperiments(a);
    if ((a.has("batch-sizes") || a.has("learning-rates")) &&
        std::find(kinds.begin(), kinds.end(), core::Experiment::CriticalBatch) == kinds.end())
        throw BadInput{Headless::tr("--batch-sizes and --learning-rates go with --experiment "
                                    "critical-batch")};
    int jobs = int(std::max(1u, std::thread::hardware_concurrency()));
    if (a.has("jobs"))
        jobs = int(a.whole("jobs", 1, core::limits::maxSweepJobs));
    // Everything is read and planned before anything is trained or written.
    std::vector<std::pair<core::ExperimentSpec, std::vector<core::SweepRun>>> planned;
    for (core::Experiment kind : kinds) {
        core::ExperimentSpec e = core::defaultExperiment(kind);
        e.base = readSpec(a, e.base.settings);
        core::Goal& goal = e.base.settings.train.goal;
        if (kind == core::Experiment::CriticalBatch) {
            if (goal.kind != core::GoalKind::None)
                e.goal = goal;
            goal = {};
            if (a.has("batch-sizes"))
                for (double b : numberList(a, "batch-sizes", true))
                    e.batchSizes.push_back(int(b));
            if (a.has("learning-rates"))
                e.learningRates = numberList(a, "learning-rates", false);
        }
        if (a.has("seeds"))
            e.seeds = int(a.whole("seeds", 1, core::limits::maxSweepSeeds));
        try {
            planned.emplace_back(e, core::planExperiment(e));
        } catch (const std::invalid_argument& x) {
            throw BadInput{QStringLiteral("--experiment %1: %2")
                               .arg(QLatin1String(core::experimentKey(kind).data()), qs(x.what()))};
        }
    }
    if (!QDir().mkpath(out.dir))
        throw Failure{
            Headless::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(out.dir))};
    bool allOk = true;
    std::optional<double> bCrit; // from critical-batch, drawn with the noise scale
    for (const auto& [e, plan] : planned) {
        const QString key = QLatin1String(core::experimentKey(e.kind).data());
        core::SweepRunner runner(plan, std::min<int>(jobs, core::limits::maxSweepJobs),
                                 maxUpdatePoints);
        const int total = int(plan.size());
        runner.run([&](const core::SweepRunResult& r) {
            if (!r.ok())
                say(Headless::tr("--experiment %1, run %2: %3")
                        .arg(key)
                        .arg(r.index + 1)
                        .arg(qs(r.error)));
            if (progress)
                showOnOneLine(Headless::tr("%1: %2 of %3 runs done")
                                  .arg(key)
                                  .arg(runner.runsDone() + 1)
                                  .arg(total));
        });
        if (progress)
            std::fputc('\n', stderr);
        const std::vector<core::SweepRunResult> results = runner.results();
        for (const core::SweepRunResult& r : results)
            allOk = allOk && r.ok();
        allOk = allOk && int(results.size()) == total;
        if (out.csv) // the science dialog's Export CSV... writes the same files
            check(ui::writeExperimentCsv(out.dir, e.kind, plan, results));
        std::optional<core::CriticalBatchReading> critical;
        if (e.kind == core::Experiment::CriticalBatch) {
            critical = core::readCriticalBatch(plan, results);
            if (critical->fit.ok)
                bCrit = critical->fit.bCrit;
            std::printf("%s\n", qPrintable(Headless::tr("critical-batch: S_min %1, E_min %2, "
                                                        "B_crit %3 (fit on the mean updates "
                                                        "per batch size)")
                                               .arg(critical->fit.sMin, 0, 'g', 4)
                                               .arg(critical->fit.eMin, 0, 'g', 4)
                                               .arg(critical->fit.bCrit, 0, 'g', 4)));
        }
        if (!out.imageFormats.isEmpty()) {
            const QString caption = out.caption ? Headless::tr("BatchLab · %1 · %2 · %3 seeds")
                                                      .arg(key, ui::RunStore::labelOf(e.base))
                                                      .arg(e.seeds)
                                                : QString();
            for (ui::SciencePlot::Kind kind : ui::SciencePlot::kindsOf(e.kind)) {
                ui::SciencePlot plot(kind);
                plot.resize(out.width, out.height);
                plot.setResults(e.kind, plan, results, bCrit);
                QCoreApplication::processEvents();
                plot.resetView();
                exportImages(&plot, out, ui::SciencePlot::stemOf(e.kind, kind), caption);
            }
        }
    }
    return allOk ? exitOk : exitFailure;
}

// --worksheet LESSON --language CODE --out DIR: DIR/<lesson>.<language>.worksheet.pdf and
// DIR/<lesson>.<language>.answers.pdf, as File > Export worksheet writes them.
int writeWorksheet(const Args& a)
{
    if (!a.has("out") || a.value("out").isEmpty())
        throw BadInput{Headless::tr("--out DIR is required (where to write the files)")};
    const QString language = a.has("language") ? a.value("language") : QStringLiteral("en");
    if (!ui::availableLanguages().contains(language))
        a.bad("language", Headless::tr("needs one of %1")
                              .arg(ui::availableLanguages().join(QStringLiteral(", "))));
    ui::applyLanguage(language);
    QStringList problems;
    const auto all = ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, &problems);
    const std::string id = a.value("worksheet").toStdString();
    const auto lessons = ui::LessonLibrary::forLanguage(all, language);
    const core::Lesson* lesson = nullptr;
    for (const auto& f : lessons)
        if (f.lesson.id == id && f.lesson.language == language.toStdString())
            lesson = &f.lesson;
    if (!lesson) {
        QStringList ids;
        for (const auto& f : lessons)
            ids << QString::fromStdString(f.lesson.id);
        a.bad("worksheet", Headless::tr("needs a lesson: %1").arg(ids.join(QStringLiteral(", "))));
    }
    const QString dir = a.value("out");
    if (!QDir().mkpath(dir))
        throw Failure{
            Headless::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(dir))};
    const QString stem = QString::fromStdString(lesson->id + "." + lesson->language);
    check(ui::Worksheet::write(*lesson, QDir(dir).filePath(stem + QStringLiteral(".worksheet.pdf")),
                               QDir(dir).filePath(stem + QStringLiteral(".answers.pdf"))));
    return exitOk;
}

// ---- --out as one unit ------------------------------------------------------------------------

// The files of one command are written into a staging folder beside --out and moved into --out
// only when every one of them has been written: a failure (a full disk, a read-only file system)
// leaves --out as it was, never half new and half old. The staging folder is made before
// training, so that a folder that cannot be written is said at once.
class StagedOutputs
{
public:
    explicit StagedOutputs(const QString& dir) : target_(QDir::cleanPath(QDir(dir).absolutePath()))
    {
        const QFileInfo info(target_);
        if (info.exists() && !info.isDir())
            throw Failure{Headless::tr("cannot write into %1: %2")
                              .arg(QDir::toNativeSeparators(target_),
                                   ui::FailureText::ofWrite(target_ + QStringLiteral("/run.json"),
                                                            QString()))};
        const QString parent = info.absolutePath();
        if (!QDir().mkpath(parent))
            throw Failure{Headless::tr("cannot create the directory %1: %2")
                              .arg(QDir::toNativeSeparators(parent),
                                   ui::FailureText::ofWrite(parent + QStringLiteral("/run.json"),
                                                            QString()))};
        temp_ = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/.") + info.fileName() +
                                                QStringLiteral(".batchlab-XXXXXX"));
        if (!temp_->isValid())
            throw Failure{Headless::tr("cannot write into %1: %2")
                              .arg(QDir::toNativeSeparators(parent),
                                   ui::FailureText::ofWrite(parent + QStringLiteral("/x"),
                                                            temp_->errorString()))};
        // QTemporaryDir makes it for its owner only; --out gets the permissions of a new folder.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::chmod(QFile::encodeName(path()).constData(), 0777 & ~mask);
    }
    QString path() const { return temp_->path(); }
    // The staging folder's name in a message becomes --out's.
    QString shown(QString message) const
    {
        return message.replace(QDir::toNativeSeparators(path()), QDir::toNativeSeparators(target_));
    }
    // Moves everything into --out (replacing files of the same name; other files stay).
    void commit()
    {
        if (!QFileInfo::exists(target_)) {
            if (!QDir().rename(path(), target_))
                throw Failure{Headless::tr("cannot move the outputs into %1")
                                  .arg(QDir::toNativeSeparators(target_))};
            temp_->setAutoRemove(false);
            return;
        }
        inTheWay(path(), target_); // before anything is moved
        move(path(), target_);
    }

private:
    // A folder where a file goes, or a file where a folder goes: said before anything moves.
    static void inTheWay(const QString& from, const QString& to)
    {
        for (const QFileInfo& e : QDir(from).entryInfoList(QDir::Files | QDir::Dirs |
                                                           QDir::NoDotAndDotDot | QDir::Hidden)) {
            const QFileInfo dest(QDir(to).filePath(e.fileName()));
            if (dest.exists() && dest.isDir() != e.isDir())
                throw Failure{Headless::tr("cannot write %1: %2")
                                  .arg(QDir::toNativeSeparators(dest.absoluteFilePath()),
                                       dest.isDir() ? Headless::tr("a folder of that name is in "
                                                                   "the way; nothing was replaced")
                                                    : Headless::tr("a file of that name is in the "
                                                                   "way; nothing was replaced"))};
            if (e.isDir() && dest.isDir())
                inTheWay(e.absoluteFilePath(), dest.absoluteFilePath());
        }
    }

    static void move(const QString& from, const QString& to)
    {
        const QDir source(from);
        for (const QFileInfo& e :
             source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            const QString dest = QDir(to).filePath(e.fileName());
            if (e.isDir()) {
                if (QFileInfo(dest).isDir()) {
                    move(e.absoluteFilePath(), dest);
                    continue;
                }
                if (QFileInfo::exists(dest) || !QDir().rename(e.absoluteFilePath(), dest))
                    throw Failure{
                        Headless::tr("cannot move the outputs into %1: %2 is in the way")
                            .arg(QDir::toNativeSeparators(to), QDir::toNativeSeparators(dest))};
                continue;
            }
            // rename(2) replaces the old file at once; within one file system it needs no space.
            if (std::rename(QFile::encodeName(e.absoluteFilePath()).constData(),
                            QFile::encodeName(dest).constData()) != 0)
                throw Failure{Headless::tr("cannot move %1 into %2: %3")
                                  .arg(e.fileName(), QDir::toNativeSeparators(to),
                                       ui::FailureText::ofWrite(dest, qt_error_string(errno)))};
        }
    }

    QString target_;
    std::unique_ptr<QTemporaryDir> temp_;
};

int runInto(const Args& a, const Outputs& out, bool progress);

int run(QCommandLineParser& parser)
{
    const Args a(parser);
    if (a.has("worksheet"))
        return writeWorksheet(a);
    const bool progress = !a.has("quiet") && stderrIsTerminal();
    progressLineEvery = -1.0;
    if (!progress) { // a log or a pipe (or --quiet): lines instead of a bar
        if (a.has("progress-every"))
            progressLineEvery = a.number("progress-every", 0.0, 86400.0);
        else if (!a.has("quiet"))
            progressLineEvery = 10.0;
    }
    const Outputs wanted = readOutputs(a);
    StagedOutputs staged(wanted.dir);
    Outputs out = wanted;
    out.dir = staged.path();
    int code = exitOk;
    try {
        code = runInto(a, out, progress);
    } catch (const Failure& f) {
        throw Failure{staged.shown(f.message)};
    } catch (const BadInput& b) {
        throw BadInput{staged.shown(b.message)};
    }
    staged.commit();
    return code;
}

int runInto(const Args& a, const Outputs& out, bool progress)
{
    if (a.has("experiment"))
        return runExperiments(a, out, progress);
    for (const char* experimentOnly : {"batch-sizes", "learning-rates"})
        if (a.has(experimentOnly))
            throw BadInput{Headless::tr("--%1 goes with --experiment critical-batch")
                               .arg(QLatin1String(experimentOnly))};
    if (a.has("sweep"))
        return runSweep(a, out, progress);
    for (const char* sweepOnly : {"seeds", "jobs", "scale-learning-rate", "vary-data-seed"})
        if (a.has(sweepOnly))
            throw BadInput{Headless::tr("--%1 goes with --sweep").arg(QLatin1String(sweepOnly))};
    if (a.has("compare")) {
        if (a.has("replay"))
            throw BadInput{Headless::tr("--compare and --replay cannot be given together")};
        return runCompare(a, out, progress);
    }

    core::RunSpec spec;
    std::optional<core::RunRecord> recorded;
    std::int64_t maxPoints = maxUpdatePoints;
    if (a.has("replay")) {
        for (const char* name : trainingOptions)
            if (a.has(name))
                throw BadInput{
                    Headless::tr("--replay trains the record as it is written; --%1 cannot be "
                                 "combined with it")
                        .arg(QLatin1String(name))};
        try {
            recorded = core::loadRunRecord(QFile::encodeName(a.value("replay")).toStdString());
        } catch (const core::RunRecordError& e) {
            throw BadInput{QStringLiteral("--replay: %1").arg(qs(e.what()))};
        }
        spec = recorded->spec;
        if (recorded->history)
            maxPoints = recorded->history->maxUpdatePoints;
    } else {
        spec = readSpec(a);
    }

    if (out.record) {
        // Refused before training rather than after it.
        const core::NetworkSpec net = spec.networkSpec();
        try {
            core::limits::checkRecordedParameters(
                core::limits::parameterCount(net.inputs, net.hidden, net.outputs()));
        } catch (const core::LimitError& e) {
            throw BadInput{Headless::tr("--write record: %1 (leave out record)").arg(qs(e.what()))};
        }
    }
    const core::RunResult result = train(spec, maxPoints, progress, QString());
    writeOutputs(spec, result, out);

    int code = exitOk;
    if (result.outcome.reason == core::StopReason::Diverged) {
        say(qs(result.outcome.message));
        code = exitFailure;
    }
    if (recorded && (recorded->history || recorded->finalParameters)) {
        // Bit for bit: the history (all but wall-clock seconds) and the final weights.
        const core::ReplayCheck c =
            core::checkReplay(*recorded, result.history, result.finalParameters);
        if (!c.same()) {
            say(Headless::tr("the replay differs from the record: %1")
                    .arg(c.historyDifference.empty() ? Headless::tr("the final weights differ")
                                                     : qs(c.historyDifference)));
            return exitFailure;
        }
        if (progress)
            say(Headless::tr("the replay reproduces the record exactly (%1 epochs, %2 updates)")
                    .arg(result.outcome.epochs)
                    .arg(result.outcome.updates));
    }
    return code;
}

// Quiet unless something is wrong: the offscreen platform's note about a missing
// XDG_RUNTIME_DIR (usual on servers and in containers) is not a problem for files on disk.
QtMessageHandler previousHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

bool wantsHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--headless")
            return true;
    }
    return false;
}

int runHeadless(int argc, char** argv)
{
    // Never a window: the plots are drawn off screen, with or without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLab"));
    QCoreApplication::setApplicationName(QStringLiteral("BatchLab"));
#ifdef BATCHLAB_VERSION
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHLAB_VERSION));
#endif
    ui::applyLanguage(QString()); // the system's language, as command-line programs do

    QCommandLineParser parser;
    parser.setApplicationDescription(Headless::tr(
        "Trains a run without a window and writes its histories, plots and run record.\n"
        "Without settings it trains the window's default run. Exit codes: 0 done, 2 bad "
        "arguments or input, 1 anything else."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const QCommandLineOption& o : parserOptions())
        parser.addOption(o);
    if (!parser.parse(QCoreApplication::arguments())) {
        say(parser.errorText());
        say(Headless::tr("Try 'batchlab --headless --help'."));
        return exitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(exitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        say(Headless::tr("unexpected argument '%1'")
                .arg(
                    qs(core::limits::excerpt(parser.positionalArguments().first().toStdString()))));
        return exitBadInput;
    }
    try {
        return run(parser);
    } catch (const BadInput& e) {
        say(e.message);
        return exitBadInput;
    } catch (const Failure& e) {
        say(e.message);
        return exitFailure;
    } catch (const std::bad_alloc&) {
        say(Headless::tr("there was not enough memory for this run (try fewer rows, a smaller "
                         "batch or a smaller network)"));
        return exitFailure;
    } catch (const std::exception& e) {
        say(Headless::tr("the run failed: %1").arg(qs(core::limits::excerpt(e.what(), 400))));
        return exitFailure;
    } catch (...) {
        say(Headless::tr("the run failed for an unknown reason"));
        return exitFailure;
    }
}
