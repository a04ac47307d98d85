using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Administraties.Shared;

/// <summary>
/// Reads a bank statement in ISO 20022 CAMT.053 (BankToCustomerStatement, versions .001.02 to .001.08 as Dutch banks
/// send them): one <c>Stmt</c> with its id, the account's IBAN, the period, the opening (OPBD, or PRCD) and closing
/// (CLBD) balance in euro, and its booked entries (<c>Sts</c> BOOK; pending ones are left out). Per entry the first
/// transaction's counterparty (the debtor of money in, the creditor of money out) and end-to-end id, and all
/// remittance text. No DTD, no external entities. Whatever is missing or wrong is a Dutch <see cref="DomainException"/>
/// "Het bankafschrift is geen geldig CAMT.053-bestand: …".
/// </summary>
public static class Camt053
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public const string Voorvoegsel = "Het bankafschrift is geen geldig CAMT.053-bestand: ";

    private const string Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

    public static Bankafschriftgegevens Lees(byte[] inhoud)
    {
        if (inhoud.Length == 0)
            throw Fout("het bestand is leeg.");
        if (inhoud.Length > MaxBytes)
            throw new DomainException($"Het bankafschrift is groter dan {MaxBytes / 1024 / 1024} MB; importeer een kortere periode.");
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var stream = new MemoryStream(inhoud, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            if (Encoding.UTF8.GetString(inhoud, 0, Math.Min(inhoud.Length, 4096)).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
                throw Fout("het bevat een DOCTYPE (DTD); een bankafschrift heeft die niet en hij wordt om veiligheidsredenen niet gelezen.");
            throw Fout($"het is geen goedgevormde XML (regel {e.LineNumber}, positie {e.LinePosition}).");
        }
        var root = document.Root!;
        var ns = root.Name.Namespace;
        if (root.Name.LocalName != "Document" || !ns.NamespaceName.StartsWith(Namespace, StringComparison.Ordinal)
            || !int.TryParse(ns.NamespaceName[Namespace.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var versie) || versie is < 2 or > 8)
            throw Fout($"het is geen camt.053-bericht (verwacht een Document in namespace {Namespace}02 tot en met {Namespace}08).");
        var statements = root.Element(ns + "BkToCstmrStmt")?.Elements(ns + "Stmt").ToList() ?? throw Fout("BkToCstmrStmt ontbreekt.");
        if (statements.Count == 0)
            throw Fout("het bevat geen afschrift (Stmt).");
        if (statements.Count > 1)
            throw Fout($"het bevat {statements.Count} afschriften; importeer een bestand met één afschrift.");
        var stmt = statements[0];
        var id = Waarde(stmt.Element(ns + "Id")) ?? throw Fout("het kenmerk van het afschrift (Stmt/Id) ontbreekt.");
        var iban = Waarde(stmt.Element(ns + "Acct")?.Element(ns + "Id")?.Element(ns + "IBAN")) ?? throw Fout("het IBAN van de rekening (Acct/Id/IBAN) ontbreekt.");
        if (!Iban.IsGeldig(iban))
            throw Fout($"het IBAN van de rekening ({iban}) is ongeldig.");
        if (Waarde(stmt.Element(ns + "Acct")?.Element(ns + "Ccy")) is { } valuta && valuta != "EUR")
            throw Fout($"de rekening is in {valuta}; alleen euro wordt ingelezen.");

        var saldi = stmt.Elements(ns + "Bal").Select(b => (Code: Waarde(b.Element(ns + "Tp")?.Element(ns + "CdOrPrtry")?.Element(ns + "Cd")), Element: b)).ToList();
        var begin = saldi.FirstOrDefault(s => s.Code == "OPBD").Element ?? saldi.FirstOrDefault(s => s.Code == "PRCD").Element
            ?? throw Fout("het beginsaldo (Bal met OPBD of PRCD) ontbreekt.");
        var eind = saldi.FirstOrDefault(s => s.Code == "CLBD").Element ?? throw Fout("het eindsaldo (Bal met CLBD) ontbreekt.");
        var beginsaldo = Saldo(begin, ns, "het beginsaldo");
        var eindsaldo = Saldo(eind, ns, "het eindsaldo");

        var boekingen = new List<Bankboeking>();
        var nummer = 0;
        foreach (var ntry in stmt.Elements(ns + "Ntry"))
        {
            nummer++;
            var status = Waarde(ntry.Element(ns + "Sts")?.Element(ns + "Cd")) ?? Waarde(ntry.Element(ns + "Sts"));
            if (status is not null && status != "BOOK")
                continue;
            var waar = $"mutatie {nummer}";
            var bedrag = LeesBedrag(ntry.Element(ns + "Amt"), waar);
            var richting = Richting(ntry.Element(ns + "CdtDbtInd"), waar);
            var datum = Datum(ntry.Element(ns + "BookgDt"), ns) ?? throw Fout($"de boekdatum van {waar} (BookgDt) ontbreekt of is ongeldig.");
            var tx = ntry.Element(ns + "NtryDtls")?.Elements(ns + "TxDtls").FirstOrDefault();
            var partij = tx?.Element(ns + "RltdPties");
            var (rol, rekening) = richting == Mutatierichting.Bijschrijving ? ("Dbtr", "DbtrAcct") : ("Cdtr", "CdtrAcct");
            var naam = Waarde(partij?.Element(ns + rol)?.Descendants(ns + "Nm").FirstOrDefault());
            var tegenIban = Waarde(partij?.Element(ns + rekening)?.Element(ns + "Id")?.Element(ns + "IBAN"));
            var endToEnd = Waarde(tx?.Element(ns + "Refs")?.Element(ns + "EndToEndId"));
            var teksten = ntry.Element(ns + "NtryDtls")?.Elements(ns + "TxDtls").Elements(ns + "RmtInf")
                .SelectMany(r => r.Elements(ns + "Ustrd").Concat(r.Elements(ns + "Strd").Descendants(ns + "Ref"))).Select(Waarde).OfType<string>().ToList() ?? [];
            if (Waarde(ntry.Element(ns + "AddtlNtryInf")) is { } extra)
                teksten.Add(extra);
            boekingen.Add(new Bankboeking(datum, bedrag, richting, Kort(naam, 200), tegenIban is null ? null : Kort(Iban.Normaliseer(tegenIban), 34),
                Kort(teksten.Count == 0 ? null : string.Join(" ", teksten.Distinct()), 500), endToEnd is null || endToEnd.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase) ? null : Kort(endToEnd, 100)));
        }

        var periode = stmt.Element(ns + "FrToDt");
        var van = Datum(periode?.Element(ns + "FrDtTm")) ?? Datum(begin.Element(ns + "Dt"), ns) ?? boekingen.Select(b => (DateOnly?)b.Boekdatum).Min()
            ?? throw Fout("de periode van het afschrift (FrToDt) ontbreekt.");
        var tot = Datum(periode?.Element(ns + "ToDtTm")) ?? Datum(eind.Element(ns + "Dt"), ns) ?? boekingen.Select(b => (DateOnly?)b.Boekdatum).Max() ?? van;
        if (Kort(id, 100) is not { } kenmerk)
            throw Fout("het kenmerk van het afschrift (Stmt/Id) ontbreekt.");
        return new Bankafschriftgegevens(kenmerk, iban, van, tot, beginsaldo, eindsaldo, boekingen);
    }

    private static DomainException Fout(string waarom) => new(Voorvoegsel + waarom);

    private static Bedrag Saldo(XElement bal, XNamespace ns, string wat)
    {
        var bedrag = LeesBedrag(bal.Element(ns + "Amt"), wat);
        return Richting(bal.Element(ns + "CdtDbtInd"), wat) == Mutatierichting.Bijschrijving ? bedrag : Bedrag.Nul - bedrag;
    }

    private static Bedrag LeesBedrag(XElement? amt, string wat)
    {
        if (amt is null)
            throw Fout($"het bedrag van {wat} (Amt) ontbreekt.");
        if (amt.Attribute("Ccy")?.Value is { } valuta && valuta != "EUR")
            throw Fout($"{wat} is in {valuta}; alleen euro wordt ingelezen.");
        if (!decimal.TryParse(amt.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euro)
            || euro * 100 != decimal.Truncate(euro * 100) || euro > 1_000_000_000m)
            throw Fout($"het bedrag van {wat} ({Kort(amt.Value, 30)}) is geen bedrag in euro met hoogstens twee decimalen.");
        return new Bedrag((long)(euro * 100));
    }

    private static Mutatierichting Richting(XElement? indicator, string wat) => Waarde(indicator) switch
    {
        "CRDT" => Mutatierichting.Bijschrijving,
        "DBIT" => Mutatierichting.Afschrijving,
        _ => throw Fout($"bij {wat} staat niet of het bij (CRDT) of af (DBIT) is (CdtDbtInd)."),
    };

    /// <summary>A date group (<c>Dt</c> or <c>DtTm</c>) as a day.</summary>
    private static DateOnly? Datum(XElement? groep, XNamespace ns) => groep is null ? null : Datum(groep.Element(ns + "Dt")) ?? Datum(groep.Element(ns + "DtTm"));

    private static DateOnly? Datum(XElement? element)
    {
        var waarde = Waarde(element);
        if (waarde is null)
            return null;
        if (waarde.Length >= 10 && DateOnly.TryParseExact(waarde[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag))
            return dag;
        return null;
    }

    /// <summary>Element text as stored: control characters become spaces, runs of white space one space, trimmed; null when empty.</summary>
    private static string? Waarde(XElement? element)
    {
        if (element is null)
            return null;
        var builder = new StringBuilder();
        foreach (var c in element.Value)
        {
            var teken = char.IsControl(c) || char.IsWhiteSpace(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? ' ' : c;
            if (teken == ' ' && (builder.Length == 0 || builder[^1] == ' '))
                continue;
            builder.Append(teken);
        }
        var tekst = builder.ToString().TrimEnd();
        return tekst.Length == 0 ? null : tekst;
    }

    private static string? Kort(string? tekst, int lengte) => tekst is null ? null : tekst.Length <= lengte ? tekst : tekst[..lengte];
}
