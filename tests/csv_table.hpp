// Reads a small CSV file with a header row into rows of strings (test helper).
#pragma once

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

struct CsvTable {
    QStringList header;
    QVector<QStringList> rows;

    int column(const QString& name) const { return header.indexOf(name); }
    double number(int row, const QString& name) const
    {
        const QString cell = rows.at(row).at(column(name));
        return cell.isEmpty() ? std::nan("") : cell.toDouble();
    }

    static CsvTable read(const QString& path)
    {
        CsvTable t;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return t;
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.isEmpty())
            return t;
        t.header = lines.first().split(QLatin1Char(','));
        for (qsizetype i = 1; i < lines.size(); ++i)
            t.rows.push_back(lines.at(i).split(QLatin1Char(',')));
        return t;
    }
};
