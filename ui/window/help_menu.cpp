#include "ui/window/help_menu.hpp"

#include "ui/teaching/glossary_dialog.hpp"
#include "ui/window/main_window.hpp"

#include <QMenuBar>
#include <QMessageBox>

// The words stay in the window's context (MainWindow::tr), where the translations have them.

namespace ui
{

void addHelpMenu(QMainWindow* window)
{
    QMenu* help = window->menuBar()->addMenu(MainWindow::tr("&Help"));
    help->addAction(MainWindow::tr("&Glossary"), window,
                    [window] { GlossaryDialog(window).exec(); });
    help->addAction(MainWindow::tr("&About BatchLab"), window, [window] {
        QMessageBox::about(
            window, MainWindow::tr("About BatchLab"),
            MainWindow::tr(
                "<p><b>BatchLab</b> shows what <code>batch_size</code> and <code>epochs</code> "
                "mean "
                "in Keras's <code>model.fit</code>.</p><p>100 questions = 100 samples; the batch "
                "size is how many questions you solve before checking the answer sheet (one weight "
                "update); an epoch is one pass over the exam. Too many passes and you memorise the "
                "exam: overfitting.</p>") +
                MainWindow::tr(
                    "<p>The handwritten digits are the UCI \"Optical Recognition of Handwritten "
                    "Digits\" data set by E. Alpaydin and C. Kaynak (1998), "
                    "<a href=\"https://doi.org/10.24432/C50P49\">doi:10.24432/C50P49</a>, used "
                    "under the Creative Commons Attribution 4.0 licence (CC BY 4.0).</p>"));
    });
}

} // namespace ui
