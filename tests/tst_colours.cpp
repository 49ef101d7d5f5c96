// Never colour alone (README.md, "Compare runs"): every pair of curves on the loss plots, as
// the window draws them by default, after "Compare batch sizes", in a lesson with a kept run and
// with many kept runs, differs in more than hue (line style, marker or weight), keeps a colour
// difference under simulated protanopia and deuteranopia (Machado, Oliveira & Fernandes 2009,
// severity 1; CIE 1976 ΔE*ab) wherever the two colours differ, and stands out from the white
// plot background (WCAG 2 contrast ratio at least 3:1 for graphics).
#include "run_record.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/plots/series_style.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/settings_store.hpp"

#include <QtTest>

#include <array>
#include <cmath>
#include <vector>

namespace
{

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

// Machado et al. (2009), severity 1.0, on linear RGB.
constexpr Mat3 normal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
constexpr Mat3 protanopia{{{0.152286, 1.052583, -0.204868},
                           {0.114503, 0.786281, 0.099216},
                           {-0.003882, -0.048116, 1.051998}}};
constexpr Mat3 deuteranopia{{{0.367322, 0.860646, -0.227968},
                             {0.280085, 0.672501, 0.047413},
                             {-0.011820, 0.042940, 0.968881}}};

double linear(int c8)
{
    const double c = c8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// The colour as drawn on white (alpha blended), in linear RGB.
Vec3 onWhite(const QColor& c)
{
    const double a = c.alphaF();
    const auto blend = [a](int v) { return a * v + (1.0 - a) * 255.0; };
    return {linear(int(std::lround(blend(c.red())))), linear(int(std::lround(blend(c.green())))),
            linear(int(std::lround(blend(c.blue()))))};
}

Vec3 simulate(const Vec3& rgb, const Mat3& m)
{
    Vec3 out{};
    for (std::size_t i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

double luminance(const Vec3& rgb)
{
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

Vec3 lab(const Vec3& rgb)
{
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = luminance(rgb);
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

double deltaE(const QColor& a, const QColor& b, const Mat3& vision)
{
    const Vec3 p = lab(simulate(onWhite(a), vision)), q = lab(simulate(onWhite(b), vision));
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

double contrastOnWhite(const QColor& c)
{
    return 1.05 / (luminance(onWhite(c)) + 0.05);
}

// What a curve looks like apart from its colour.
struct Shape {
    Qt::PenStyle style;
    QCPScatterStyle::ScatterShape marker;
    bool thick; // visibly heavier than a hairline (2 px and more)
    bool operator==(const Shape&) const = default;
};

Shape shapeOf(const QCPGraph* g)
{
    const QPen pen = g->pen();
    const QCPScatterStyle::ScatterShape marker =
        g->scatterStyle().isNone() ? QCPScatterStyle::ssNone : g->scatterStyle().shape();
    return {pen.style(), marker, pen.widthF() >= 2.0};
}

constexpr double minDeltaE = 15.0; // clearly different colours, not just noticeably
constexpr double minContrast = 3.0;

core::RunSpec specWith(int batchSize)
{
    core::RunSettings s = ui::defaultRunSettings();
    s.train.batchSize = batchSize;
    s.train.epochs = 120;
    return core::specOf(s);
}

} // namespace

class TestColours : public QObject
{
    Q_OBJECT
private slots:
    void everyPairOfCurves_data()
    {
        QTest::addColumn<std::vector<int>>("batchSizes"); // the last one is the live run
        QTest::newRow("default") << std::vector<int>{4};
        QTest::newRow("compare batch sizes") << std::vector<int>{1, 4, 30};
        QTest::newRow("lesson with a kept run") << std::vector<int>{4, 30};
        QTest::newRow("seven runs") << std::vector<int>{1, 2, 3, 5, 10, 15, 4};
    }
    void everyPairOfCurves()
    {
        QFETCH(std::vector<int>, batchSizes);
        ui::RunStore store;
        ui::RunId live = 0;
        for (int b : batchSizes) {
            const core::RunSpec spec = specWith(b);
            live = store.addRecord(core::makeRunRecord(spec, core::trainSpec(spec), "test"));
            store.setShown(live, true);
        }
        store.setLive(live, true);
        const ui::RunEntry* e = store.entry(live);
        QVERIFY(e);

        ui::LossPerEpochPlot perEpoch;
        perEpoch.setStore(&store);
        perEpoch.clearRun(true, core::EarlyStoppingConfig{});
        perEpoch.append(e->data);
        ui::LossPerUpdatePlot perUpdate;
        perUpdate.setStore(&store);
        perUpdate.clearRun();
        perUpdate.setRunShape(e->stepsPerEpoch(), e->trainingRows());
        perUpdate.append(e->data);
        QCOMPARE(perEpoch.overlayCount(), int(batchSizes.size()) - 1);
        QCOMPARE(perUpdate.overlayCount(), int(batchSizes.size()) - 1);

        for (ui::PlotWidget* plot : std::initializer_list<ui::PlotWidget*>{&perEpoch, &perUpdate}) {
            plot->resize(900, 600);
            plot->replot();
            std::vector<const QCPGraph*> curves;
            for (int i = 0; i < plot->graphCount(); ++i)
                if (plot->graph(i)->visible() && !plot->graph(i)->data()->isEmpty())
                    curves.push_back(plot->graph(i));
            QVERIFY(curves.size() >= batchSizes.size() + 1);
            for (const QCPGraph* g : curves) {
                const QColor c = g->pen().color();
                QVERIFY2(contrastOnWhite(c) >= minContrast,
                         qPrintable(QStringLiteral("%1: %2 has contrast %3 on white")
                                        .arg(plot->title(), c.name())
                                        .arg(contrastOnWhite(c), 0, 'f', 2)));
            }
            for (std::size_t i = 0; i < curves.size(); ++i)
                for (std::size_t j = i + 1; j < curves.size(); ++j) {
                    const QCPGraph* a = curves[i];
                    const QCPGraph* b = curves[j];
                    const QString pair = QStringLiteral("%1: \"%2\" and \"%3\"")
                                             .arg(plot->title(), a->name(), b->name());
                    QVERIFY2(!(shapeOf(a) == shapeOf(b)),
                             qPrintable(pair + QStringLiteral(" differ in colour alone")));
                    const QColor ca = a->pen().color(), cb = b->pen().color();
                    if (ca.rgb() == cb.rgb())
                        continue; // one run's curves, or a colour repeated with another marker
                    for (const auto& [vision, name] :
                         {std::pair{normal, "normal vision"}, std::pair{protanopia, "protanopia"},
                          std::pair{deuteranopia, "deuteranopia"}}) {
                        const double d = deltaE(ca, cb, vision);
                        QVERIFY2(d >= minDeltaE,
                                 qPrintable(pair + QStringLiteral(" (%1, %2): ΔE %3 under %4")
                                                       .arg(ca.name(), cb.name())
                                                       .arg(d, 0, 'f', 1)
                                                       .arg(QLatin1String(name))));
                    }
                }
        }
    }

    // Every kept run's name is written at the end of its curve on both plots (where there is
    // room: here a large plot with few runs).
    void keptRunsAreNamedAtTheirEnd()
    {
        ui::RunStore store;
        std::vector<ui::RunId> ids;
        for (int b : {1, 30, 4}) {
            const core::RunSpec spec = specWith(b);
            ids.push_back(store.addRecord(core::makeRunRecord(spec, core::trainSpec(spec), "t")));
            store.setShown(ids.back(), true);
        }
        store.setLive(ids.back(), true);
        ui::LossPerEpochPlot perEpoch;
        perEpoch.setStore(&store);
        perEpoch.clearRun(true, core::EarlyStoppingConfig{});
        perEpoch.append(store.entry(ids.back())->data);
        perEpoch.resize(1200, 800);
        perEpoch.show();
        QVERIFY(QTest::qWaitForWindowExposed(&perEpoch));
        perEpoch.replot();
        QStringList shown;
        for (int i = 0; i < perEpoch.itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(perEpoch.item(i)); t && t->visible())
                shown << t->text();
        for (ui::RunId id : {ids[0], ids[1]})
            QVERIFY2(shown.contains(store.entry(id)->label),
                     qPrintable(shown.join(QStringLiteral(" | "))));
        QVERIFY(!shown.contains(store.entry(ids.back())->label));
    }

    // The Runs dock's swatch is drawn with the run's own pens: the live run's blue and
    // vermillion, a kept run's colour.
    void swatchShowsTheRunsPens()
    {
        const QImage live = ui::series::swatch(true, Qt::black, 0, 20).toImage();
        const QImage kept = ui::series::swatch(false, QColor(0x009e73), 0, 20).toImage();
        const auto has = [](const QImage& img, const QColor& c) {
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QColor p = img.pixelColor(x, y);
                    if (p.alpha() == 255 && std::abs(p.red() - c.red()) < 8 &&
                        std::abs(p.green() - c.green()) < 8 && std::abs(p.blue() - c.blue()) < 8)
                        return true;
                }
            return false;
        };
        QVERIFY(has(live, ui::series::trainingColour()));
        QVERIFY(has(live, ui::series::validationColour()));
        QVERIFY(!has(live, QColor(0x009e73)));
        QVERIFY(has(kept, QColor(0x009e73)));
        QVERIFY(!has(kept, ui::series::validationColour()));
    }
};

QTEST_MAIN(TestColours)
#include "tst_colours.moc"
