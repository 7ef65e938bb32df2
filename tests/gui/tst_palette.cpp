// One palette: every text colour reaches WCAG AA (4.5:1) on the background it is drawn on, stale
// rows included (they used to take the style's disabled text, #bebebe on white: 1.9:1).
#include "Palette.h"
#include "SessionTableModel.h"
#include "sessions/SessionBook.h"

#include <QApplication>
#include <QBrush>
#include <QStyleFactory>
#include <QtTest>

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula()
    {
        // The WCAG reference points, so the check below can fail.
        QCOMPARE(qRound(ui::palette::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(ui::palette::contrast(QColor(0xbebebe), Qt::white) * 10), 19);
        QCOMPARE(qRound(ui::palette::contrast(QColor(0x777777), Qt::white) * 100), 448);
    }

    void everyTextPairIsReadable()
    {
        const auto pairs = ui::palette::textPairs();
        QVERIFY(pairs.size() > 20);
        for (const ui::palette::TextPair& p : pairs) {
            const double ratio = ui::palette::contrast(p.text, p.background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                  .arg(p.name, p.text.name(), p.background.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
    }

    void staleRowsUseThePalette()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        sessions::Session s;
        s.id = QStringLiteral("vendas");
        s.status = sessions::Status::Connected;
        s.rawStatus = QStringLiteral("CONNECTED");
        sessions::SessionBook book;
        book.apply({s});
        ui::SessionTableModel model(book);
        model.setStale(true);
        const QColor text = model.index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color();
        const QColor base = QApplication::palette().color(QPalette::Base);
        QVERIFY2(ui::palette::contrast(text, base) >= 4.5,
                 qPrintable(text.name() + QStringLiteral(" on ") + base.name()));
        QCOMPARE(text, ui::palette::staleRowText());
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
