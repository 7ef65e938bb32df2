// The linked phone number (issue 12): the Phone number column (Brazilian numbers grouped, others
// raw), its push-name tooltip, the filter matching digits typed with or without punctuation, a
// changed account reaching the view, "Copy phone number", and the one rule for a pairing phone.
#include "../support/SimGateway.h"
#include "GuiTestSupport.h"
#include "SessionActions.h"
#include "SessionFilterProxyModel.h"
#include "SessionTableModel.h"
#include "runtime/SessionMonitor.h"
#include "sessions/PhoneNumber.h"
#include "sessions/SessionBook.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using sessions::Session;
using ui::SessionTableModel;

namespace {

Session make(const QString& id, const QString& account, const QString& pushName = {})
{
    Session s;
    s.id = id;
    s.name = id;
    s.status = sessions::Status::Connected;
    s.health = sessions::Health::Healthy;
    s.extras.setAccount(account);
    s.extras.setPushName(pushName);
    return s;
}

} // namespace

class TestAccountColumn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::isolate(); }

    void format_data();
    void format();
    void pairingPhone_data();
    void pairingPhone();
    void columnTooltipAndChange();
    void filterMatchesTheNumber_data();
    void filterMatchesTheNumber();
    void copyNumber();
};

void TestAccountColumn::format_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("shown");
    QTest::newRow("br mobile") << "5547999999999"
                               << "+55 47 99999-9999";
    QTest::newRow("br landline") << "554733334444"
                                 << "+55 47 3333-4444";
    QTest::newRow("other country") << "14155550100"
                                   << "14155550100";
    QTest::newRow("br too short") << "55479999"
                                  << "55479999";
    QTest::newRow("empty") << ""
                           << "";
}

void TestAccountColumn::format()
{
    QFETCH(QString, digits);
    QFETCH(QString, shown);
    QCOMPARE(sessions::formatPhone(digits), shown);
}

void TestAccountColumn::pairingPhone_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("digits");
    QTest::newRow("digits") << "5547999999999"
                            << "5547999999999";
    QTest::newRow("punctuated") << " +55 (47) 99999-9999 "
                                << "5547999999999";
    QTest::newRow("too short") << "5547999"
                               << "";
    QTest::newRow("too long") << "5547999999999999"
                              << "";
    QTest::newRow("letters") << "55479999abc"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestAccountColumn::pairingPhone()
{
    QFETCH(QString, typed);
    QFETCH(QString, digits);
    QCOMPARE(sessions::pairingPhone(typed), digits);
}

void TestAccountColumn::columnTooltipAndChange()
{
    sessions::SessionBook book;
    SessionTableModel model(book);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    book.apply({make("vendas", "5547999999999", "Loja Centro"), make("suporte", "")});
    const int vendas = model.rowOf("vendas");
    const int suporte = model.rowOf("suporte");
    QCOMPARE(model.headerData(SessionTableModel::Account, Qt::Horizontal).toString(), QStringLiteral("Phone number"));
    QCOMPARE(model.index(vendas, SessionTableModel::Account).data().toString(), QStringLiteral("+55 47 99999-9999"));
    QVERIFY(model.index(vendas, SessionTableModel::Account).data(Qt::ToolTipRole).toString().contains("Loja Centro"));
    QCOMPARE(model.index(suporte, SessionTableModel::Account).data().toString(), QString());
    QVERIFY(model.index(suporte, SessionTableModel::Account).data(Qt::ToolTipRole).toString().contains("Not known"));

    // A phone linked later reaches the view.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    book.apply({make("vendas", "5547999999999", "Loja Centro"), make("suporte", "14155550100")});
    bool accountChanged = false;
    for (const QList<QVariant>& args : changed) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        accountChanged |= from.row() == suporte && from.column() <= SessionTableModel::Account &&
                          to.column() >= SessionTableModel::Account;
    }
    QVERIFY(accountChanged);
    QCOMPARE(model.index(suporte, SessionTableModel::Account).data().toString(), QStringLiteral("14155550100"));
}

void TestAccountColumn::filterMatchesTheNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("digits") << "99999" << QStringList{"vendas"};
    QTest::newRow("as shown") << "+55 47 99999-9999" << QStringList{"vendas"};
    QTest::newRow("other punctuation") << "(47) 99999.9999" << QStringList{"vendas"};
    QTest::newRow("raw") << "1415555" << QStringList{"suporte"};
    QTest::newRow("no such number") << "12345678" << QStringList{};
    QTest::newRow("an id still matches") << "vend" << QStringList{"vendas"};
}

void TestAccountColumn::filterMatchesTheNumber()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, ids);
    sessions::SessionBook book;
    SessionTableModel model(book);
    ui::SessionFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    book.apply({make("vendas", "5547999999999"), make("suporte", "14155550100"), make("marketing", "")});
    proxy.setTextFilter(typed);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data(SessionTableModel::IdRole).toString();
    shown.sort();
    ids.sort();
    QCOMPARE(shown, ids);
}

void TestAccountColumn::copyNumber()
{
    SimGateway g(QJsonObject{{"sessions", QJsonArray{QJsonObject{{"id", "vendas"}, {"phase", "connected"}}}}});
    sessions::SessionBook book;
    runtime::SessionMonitor monitor(*g.client, book);
    book.apply({make("vendas", "5547999999999"), make("suporte", "")});
    QWidget window;
    ui::SessionActions actions(*g.client, book, monitor, &window);
    actions.setCurrentSession("suporte");
    QVERIFY(!actions.copyNumberAction()->isEnabled());
    actions.setCurrentSession("vendas");
    QVERIFY(actions.copyNumberAction()->isEnabled());
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    actions.copyNumberAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+5547999999999"));
}

QTEST_MAIN(TestAccountColumn)
#include "tst_accountcolumn.moc"
