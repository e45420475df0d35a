// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/location.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <array>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

StoreError invalid(const QString &text, const QString &why)
{
    return StoreError(StoreError::Kind::Invalid,
                      Store::tr("'%1' is not a usable server address: %2").arg(text, why));
}

// The libpq 15 connection keywords Spotter passes on. Passwords are left out on purpose, and
// client_encoding because Qt's driver sets it; anything else is a typo worth reporting.
constexpr std::array kKeywords{u"host",
                               u"hostaddr",
                               u"port",
                               u"dbname",
                               u"user",
                               u"passfile",
                               u"channel_binding",
                               u"connect_timeout",
                               u"options",
                               u"application_name",
                               u"fallback_application_name",
                               u"keepalives",
                               u"keepalives_idle",
                               u"keepalives_interval",
                               u"keepalives_count",
                               u"tcp_user_timeout",
                               u"sslmode",
                               u"sslcompression",
                               u"sslcert",
                               u"sslkey",
                               u"sslrootcert",
                               u"sslcrl",
                               u"sslcrldir",
                               u"sslsni",
                               u"requirepeer",
                               u"ssl_min_protocol_version",
                               u"ssl_max_protocol_version",
                               u"gssencmode",
                               u"krbsrvname",
                               u"gsslib",
                               u"service",
                               u"target_session_attrs"};

bool isKeyword(const QString &key)
{
    return std::any_of(kKeywords.begin(), kKeywords.end(), [&](const char16_t *k) { return key == k; });
}

QString decode(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encode(const QString &value, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

} // namespace

QString DatabaseLocation::quotedValue(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + out + u'\'';
}

bool DatabaseLocation::looksLikeServer(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u"postgresql://") || t.startsWith(u"postgres://"))
        return true;
    // "service=team" or "host=… dbname=…": a keyword list. A file called "a=b" still opens as
    // a file when it exists.
    const qsizetype eq = t.indexOf(u'=');
    return eq > 0 && isKeyword(t.left(eq).trimmed()) && !QFileInfo::exists(t);
}

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation l;
    l.m_backend = Backend::Sqlite;
    l.m_path = QFileInfo(path).absoluteFilePath();
    return l;
}

DatabaseLocation DatabaseLocation::server(const QString &host, int port, const QString &database,
                                          const QString &user, const QList<QPair<QString, QString>> &options)
{
    DatabaseLocation l;
    l.m_backend = Backend::Postgres;
    const QString text = QStringLiteral("%1@%2/%3").arg(user, host, database);
    if (!host.trimmed().isEmpty())
        l.setKeyword(QStringLiteral("host"), host.trimmed(), text);
    if (port > 0)
        l.setKeyword(QStringLiteral("port"), QString::number(port), text);
    if (!database.trimmed().isEmpty())
        l.setKeyword(QStringLiteral("dbname"), database.trimmed(), text);
    if (!user.trimmed().isEmpty())
        l.setKeyword(QStringLiteral("user"), user.trimmed(), text);
    for (const auto &[key, value] : options)
        l.setKeyword(key, value, text);
    return l;
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return file(text);
    const QString t = text.trimmed();
    DatabaseLocation l = t.contains(u"://") ? parseUri(t) : parseKeywords(t);
    l.m_backend = Backend::Postgres;
    if (l.m_host.contains(u',') || l.option(QStringLiteral("hostaddr")).contains(u','))
        throw invalid(text, Store::tr("give one host; several hosts are not supported"));
    return l;
}

void DatabaseLocation::setKeyword(const QString &key, const QString &value, const QString &text)
{
    if (key == u"password" || key == u"sslpassword")
        throw invalid(text, Store::tr("it contains a password. Spotter never keeps passwords: put it in "
                                      "~/.pgpass (or a service file), or leave it out and type it when "
                                      "asked"));
    if (!isKeyword(key))
        throw invalid(text, Store::tr("unknown connection option '%1'").arg(key));
    if (value.contains(u';'))
        throw invalid(
            text,
            Store::tr("the value of '%1' contains ';', which the database driver cannot pass on").arg(key));
    if (key == u"host") {
        m_host = value;
    } else if (key == u"port") {
        bool ok = false;
        m_port = value.toInt(&ok);
        if (!ok || m_port < 1 || m_port > 65535)
            throw invalid(text, Store::tr("the port must be a number from 1 to 65535; got '%1'").arg(value));
    } else if (key == u"dbname") {
        m_database = value;
    } else if (key == u"user") {
        m_user = value;
    } else {
        m_options.removeIf([&](const QPair<QString, QString> &o) { return o.first == key; });
        m_options.append({key, value});
    }
}

DatabaseLocation DatabaseLocation::parseUri(const QString &text)
{
    DatabaseLocation l;
    QStringView rest(text);
    rest = rest.mid(rest.indexOf(u"://") + 3);
    const qsizetype queryAt = rest.indexOf(u'?');
    const QStringView query = queryAt >= 0 ? rest.mid(queryAt + 1) : QStringView();
    if (queryAt >= 0)
        rest = rest.left(queryAt);
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView authority = slash >= 0 ? rest.left(slash) : rest;
    if (slash >= 0)
        l.m_database = decode(rest.mid(slash + 1));
    QStringView hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        if (userInfo.contains(u':'))
            l.setKeyword(QStringLiteral("password"), QString(), text);
        l.m_user = decode(userInfo);
        hostPort = authority.mid(at + 1);
    }
    if (hostPort.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            throw invalid(text, Store::tr("an IPv6 address must end with ']'"));
        l.m_host = hostPort.mid(1, close - 1).toString();
        hostPort = hostPort.mid(close + 1);
        if (hostPort.startsWith(u':'))
            l.setKeyword(QStringLiteral("port"), hostPort.mid(1).toString(), text);
        else if (!hostPort.isEmpty())
            throw invalid(text, Store::tr("unexpected text after the IPv6 address"));
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        l.m_host = decode(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            l.setKeyword(QStringLiteral("port"), hostPort.mid(colon + 1).toString(), text);
    }
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            throw invalid(text, Store::tr("'%1' is not key=value").arg(pair.toString()));
        l.setKeyword(decode(pair.left(eq)), decode(pair.mid(eq + 1)), text);
    }
    return l;
}

DatabaseLocation DatabaseLocation::parseKeywords(const QString &text)
{
    DatabaseLocation l;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpace = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    for (skipSpace(); i < n; skipSpace()) {
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= n || text.at(i) != u'=')
            throw invalid(text, Store::tr("'%1' needs '=' and a value").arg(key));
        ++i;
        skipSpace();
        QString value;
        if (i < n && text.at(i) == u'\'') {
            for (++i;; ++i) {
                if (i >= n)
                    throw invalid(text, Store::tr("a quoted value does not end"));
                if (text.at(i) == u'\\' && i + 1 < n) {
                    value += text.at(++i);
                } else if (text.at(i) == u'\'') {
                    ++i;
                    break;
                } else {
                    value += text.at(i);
                }
            }
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        l.setKeyword(key, value, text);
    }
    return l;
}

QString DatabaseLocation::option(const QString &key) const
{
    for (const auto &[k, v] : m_options) {
        if (k == key)
            return v;
    }
    return {};
}

DatabaseLocation DatabaseLocation::withUser(const QString &user) const
{
    DatabaseLocation l = *this;
    l.m_user = user;
    return l;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : m_options)
        parts.append(key + u'=' + quotedValue(value));
    return parts.join(u';');
}

QString DatabaseLocation::toString() const
{
    if (!isServer())
        return m_path;
    QString uri = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        uri += encode(m_user) + u'@';
    QList<QPair<QString, QString>> query;
    // A socket folder is a path, which the host part of a URI cannot hold readably.
    if (m_host.startsWith(u'/'))
        query.append({QStringLiteral("host"), m_host});
    else if (m_host.contains(u':'))
        uri += u'[' + m_host + u']';
    else
        uri += encode(m_host);
    if (m_port > 0)
        uri += u':' + QString::number(m_port);
    uri += u'/' + encode(m_database);
    query.append(m_options);
    QStringList pairs;
    for (const auto &[key, value] : query)
        pairs.append(key + u'=' + encode(value, "/:"));
    if (!pairs.isEmpty())
        uri += u'?' + pairs.join(u'&');
    return uri;
}

QString DatabaseLocation::displayName() const
{
    if (!isServer())
        return m_path;
    QString out;
    if (!m_user.isEmpty())
        out += m_user + u'@';
    const QString service = option(QStringLiteral("service"));
    if (m_host.isEmpty() && !service.isEmpty())
        out += Store::tr("service %1").arg(service);
    else
        out += m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (m_port > 0)
        out += u':' + QString::number(m_port);
    if (!m_database.isEmpty())
        out += u'/' + m_database;
    return out;
}

} // namespace spotter
