using System.Text.RegularExpressions;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Administraties;

/// <summary>Which way the money went on the bank account: in (CAMT <c>CRDT</c>) or out (<c>DBIT</c>).</summary>
public enum Mutatierichting
{
    Bijschrijving,
    Afschrijving,
}

public enum MutatieStatus
{
    /// <summary>No journal entry found and not explained: the back office resolves it, and its month does not close until then.</summary>
    Open,

    /// <summary>Linked to one journal entry, on import or by hand.</summary>
    Gekoppeld,

    /// <summary>The back office explained it without an entry (a bank correction that reversed itself, a transfer between own accounts).</summary>
    Verklaard,
}

/// <summary>One booked line of a bank statement as the file gives it, before matching.</summary>
public sealed record Bankboeking(DateOnly Boekdatum, Bedrag Bedrag, Mutatierichting Richting, string? TegenpartijNaam, string? TegenpartijIban,
    string? Omschrijving, string? EndToEndId);

/// <summary>What a CAMT.053 file says about one statement: the account, the period, the balances and the booked lines.</summary>
public sealed record Bankafschriftgegevens(string AfschriftId, string Iban, DateOnly Van, DateOnly Tot, Bedrag Beginsaldo, Bedrag Eindsaldo,
    IReadOnlyList<Bankboeking> Boekingen);

/// <summary>One line of an imported statement with what became of it: linked to a journal entry, explained, or still open.</summary>
public sealed record Bankmutatie(Guid Id, int Volgnummer, DateOnly Boekdatum, Bedrag Bedrag, Mutatierichting Richting, string? TegenpartijNaam,
    string? TegenpartijIban, string? Omschrijving, string? EndToEndId, MutatieStatus Status, Guid? JournaalpostId, bool AutomatischGekoppeld,
    string? Verklaring, string? AfgehandeldDoor, DateTimeOffset? AfgehandeldOp)
{
    /// <summary>The amount as the bank account sees it: positive in, negative out.</summary>
    public Bedrag Mutatie => Richting == Mutatierichting.Bijschrijving ? Bedrag : Bedrag.Nul - Bedrag;
}

/// <summary>
/// One imported CAMT.053 statement of the bank account an administratie's host keeps for a group (R5.x): the
/// account's IBAN as the bank names it (groups have no account of their own, so it is recorded, not checked), the
/// period, the balances and its lines. On import every line is matched to a journal entry on the bank account
/// (<see cref="Bankmatching"/>); what does not match stays open until the back office links it by hand or explains
/// it, and its month does not close until then (<see cref="BlokkadeSoort.BankmutatiesOngekoppeld"/>).
/// </summary>
[Verwerking("Bankafschriften",
    "De boekhouding van een groep met de bank afstemmen.",
    "Wettelijke plicht (art. 2:10 BW, art. 52 AWR): de administratie bewaren.",
    "Tegenpartijen van betalingen",
    "Zeven jaar.")]
public sealed partial class Bankafschrift : IAudited, IPersoonsgegevensHouder
{
    public const int MeesteMutaties = 5_000;

    private Bankafschrift() { }

    private Bankafschrift(Administratie administratie, Bankafschriftgegevens gegevens, string bestandsnaam, string door, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AdministratieId = administratie.Id;
        AfschriftId = gegevens.AfschriftId.Trim();
        Iban = Common.Iban.Normaliseer(gegevens.Iban);
        Bestandsnaam = bestandsnaam;
        Van = gegevens.Van;
        Tot = gegevens.Tot;
        Beginsaldo = gegevens.Beginsaldo;
        Eindsaldo = gegevens.Eindsaldo;
        var volgnummer = 0;
        Mutaties = gegevens.Boekingen.Select(b => new Bankmutatie(Guid.CreateVersion7(now), ++volgnummer, b.Boekdatum, b.Bedrag, b.Richting,
            b.TegenpartijNaam, b.TegenpartijIban, b.Omschrijving, b.EndToEndId, MutatieStatus.Open, null, false, null, null, null)).ToList();
        GeimporteerdDoor = door;
        GeimporteerdOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    public Guid AdministratieId { get; private set; }

    /// <summary>The bank's id of the statement (CAMT <c>Stmt/Id</c>); with the IBAN it is imported once.</summary>
    public string AfschriftId { get; private set; } = "";

    public string Iban { get; private set; } = "";

    public string Bestandsnaam { get; private set; } = "";

    public DateOnly Van { get; private set; }

    public DateOnly Tot { get; private set; }

    public Bedrag Beginsaldo { get; private set; }

    public Bedrag Eindsaldo { get; private set; }

    /// <summary>The lines; they name counterparties (people who were paid or who paid), so the audit trail records that they changed, not what they say.</summary>
    [Persoonsgegeven("Tegenpartij, rekeningnummer en omschrijving van elke bankmutatie")]
    public IReadOnlyList<Bankmutatie> Mutaties { get; private set; } = [];

    /// <summary>Raised by every change: two people resolving lines of one statement at once never overwrite each other.</summary>
    public int Versie { get; private set; }

    public string GeimporteerdDoor { get; private set; } = "";

    public DateTimeOffset GeimporteerdOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public int Open => Mutaties.Count(m => m.Status == MutatieStatus.Open);

    /// <summary>
    /// Imports a statement into an administratie and matches its lines to the journal entries on the bank account
    /// that no line of this or an earlier statement is linked to. The same statement (IBAN and statement id) is
    /// imported once; the balances must agree with the lines. When the host has recorded the account it keeps the
    /// groups' money on (<paramref name="hostrekening"/>), the statement is of that account: another account's lines
    /// would otherwise be matched to bookings that happen to have the same amounts.
    /// </summary>
    public static Bankafschrift Importeer(Administratie administratie, Bankafschriftgegevens gegevens, string? hostrekening, string bestandsnaam,
        IReadOnlyList<Journaalpost> posten, IReadOnlyList<Bankafschrift> eerdere, string door, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(gegevens.AfschriftId))
            throw new DomainException("Het bankafschrift heeft geen kenmerk (Stmt/Id).");
        var iban = Common.Iban.Normaliseer(gegevens.Iban);
        if (!string.IsNullOrWhiteSpace(hostrekening) && Common.Iban.Normaliseer(hostrekening) != iban)
            throw new DomainException($"Dit afschrift is van rekening {Common.Iban.Leesbaar(iban)}; de host beheert het geld van de groep op {Common.Iban.Leesbaar(hostrekening)}. Lees het afschrift van die rekening in.");
        if (eerdere.Any(a => a.AdministratieId == administratie.Id && a.Iban == iban && a.AfschriftId == gegevens.AfschriftId.Trim()))
            throw new DomainException($"Afschrift {gegevens.AfschriftId.Trim()} van rekening {Common.Iban.Leesbaar(iban)} is al geïmporteerd; een afschrift wordt één keer ingelezen.");
        if (gegevens.Tot < gegevens.Van)
            throw new DomainException("Het bankafschrift eindigt voor het begint.");
        if (gegevens.Boekingen.Count > MeesteMutaties)
            throw new DomainException($"Een bankafschrift heeft hoogstens {MeesteMutaties} mutaties; importeer een kortere periode.");
        if (gegevens.Boekingen.Any(b => b.Bedrag <= Bedrag.Nul))
            throw new DomainException("Elke mutatie op het bankafschrift heeft een bedrag groter dan nul.");
        var saldo = gegevens.Boekingen.Aggregate(gegevens.Beginsaldo, (som, b) => b.Richting == Mutatierichting.Bijschrijving ? som + b.Bedrag : som - b.Bedrag);
        if (saldo != gegevens.Eindsaldo)
            throw new DomainException($"Het eindsaldo ({gegevens.Eindsaldo}) is niet het beginsaldo ({gegevens.Beginsaldo}) plus de mutaties ({saldo - gegevens.Beginsaldo}); het afschrift is onvolledig.");
        var bestand = Tekst.OfNull(bestandsnaam) ?? "bankafschrift.xml";
        if (!Tekst.IsSafe(bestand) || bestand.Length > 200)
            throw new DomainException("De bestandsnaam van het bankafschrift is te lang of bevat tekens die niet zijn toegestaan.");
        var afschrift = new Bankafschrift(administratie, gegevens, bestand, door, now);
        administratie.ReserveerBankkoppelingen(now);
        var bezet = eerdere.SelectMany(a => a.Mutaties).Where(m => m.JournaalpostId is not null).Select(m => m.JournaalpostId!.Value).ToHashSet();
        var koppelingen = Bankmatching.Koppel(afschrift.Mutaties, Bankmatching.Kandidaten(posten, bezet));
        afschrift.Mutaties = afschrift.Mutaties.Select(m => koppelingen.TryGetValue(m.Id, out var post)
            ? m with { Status = MutatieStatus.Gekoppeld, JournaalpostId = post, AutomatischGekoppeld = true, AfgehandeldDoor = door, AfgehandeldOp = now }
            : m).ToList();
        return afschrift;
    }

    /// <summary>
    /// The back office links an open line to a journal entry by hand: an entry of this administratie that moves the same
    /// amount the same way on the bank account and that no line is linked to yet. The date may differ.
    /// </summary>
    public void Koppel(Guid mutatieId, Guid journaalpostId, IReadOnlyList<Journaalpost> posten, IReadOnlyList<Bankafschrift> alle, string door, DateTimeOffset now)
    {
        var mutatie = OpenMutatie(mutatieId);
        var post = posten.FirstOrDefault(p => p.Id == journaalpostId && p.AdministratieId == AdministratieId)
            ?? throw new DomainException("Deze journaalpost hoort niet bij deze administratie.");
        if (alle.Where(a => a.Id != Id).Append(this).SelectMany(a => a.Mutaties).Any(m => m.JournaalpostId == post.Id))
            throw new DomainException($"Journaalpost {post.Nummer} is al aan een bankmutatie gekoppeld; een journaalpost hoort bij één mutatie.");
        if (Bankmatching.Kandidaten(posten, new HashSet<Guid>()).All(k => k.Post.Id != post.Id))
            throw new DomainException($"Journaalpost {post.Nummer} boekt niets op de bank, is een openingsbalans of is tegengeboekt; koppel een boeking die het geld op de bank boekt.");
        var bankbedrag = Bankmatching.Bankbedrag(post);
        if (bankbedrag != mutatie.Mutatie)
            throw new DomainException($"Journaalpost {post.Nummer} boekt {Beschrijf(bankbedrag)} op de bank; de mutatie is {Beschrijf(mutatie.Mutatie)}. Koppel een post met hetzelfde bedrag in dezelfde richting.");
        Vervang(mutatie with { Status = MutatieStatus.Gekoppeld, JournaalpostId = post.Id, AutomatischGekoppeld = false, AfgehandeldDoor = door, AfgehandeldOp = now }, now);
    }

    /// <summary>The back office explains an open line that needs no journal entry, with the reason.</summary>
    public void Verklaar(Guid mutatieId, string reden, string door, DateTimeOffset now)
    {
        var mutatie = OpenMutatie(mutatieId);
        if (Tekst.IsBlank(reden))
            throw new DomainException("Geef de reden waarom deze bankmutatie geen journaalpost heeft.");
        if (!Tekst.IsSafe(reden, multiline: true) || reden.Trim().Length > 500)
            throw new DomainException("De reden is hoogstens 500 tekens, zonder tekens die niet zijn toegestaan.");
        Vervang(mutatie with { Status = MutatieStatus.Verklaard, Verklaring = reden.Trim(), AfgehandeldDoor = door, AfgehandeldOp = now }, now);
    }

    private Bankmutatie OpenMutatie(Guid mutatieId)
    {
        var mutatie = Mutaties.FirstOrDefault(m => m.Id == mutatieId)
            ?? throw new DomainException("Deze mutatie staat niet op dit bankafschrift.");
        return mutatie.Status switch
        {
            MutatieStatus.Gekoppeld => throw new DomainException($"Mutatie {mutatie.Volgnummer} is al aan een journaalpost gekoppeld."),
            MutatieStatus.Verklaard => throw new DomainException($"Mutatie {mutatie.Volgnummer} is al verklaard."),
            _ => mutatie,
        };
    }

    private void Vervang(Bankmutatie mutatie, DateTimeOffset now)
    {
        Mutaties = Mutaties.Select(m => m.Id == mutatie.Id ? mutatie : m).ToList();
        Versie++;
        GewijzigdOp = now;
    }

    private static string Beschrijf(Bedrag bedrag) => bedrag.IsNegatief ? $"een afschrijving van {Bedrag.Nul - bedrag}" : $"een bijschrijving van {bedrag}";

    /// <summary>Only the lines with this person as counterparty; the other lines of the statement are other people's.</summary>
    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        Mutaties.SelectMany(m => betrokkene.Gegevens([m.TegenpartijNaam, m.TegenpartijIban], ("Mutatie", $"{m.Volgnummer} van {AfschriftId}, {m.Boekdatum:dd-MM-yyyy}"),
            ("Tegenpartij", m.TegenpartijNaam), ("IBAN tegenpartij", m.TegenpartijIban), ("Bedrag", m.Mutatie.ToString()))).ToList();

    /// <summary>The lines stay (they are the books); the counterparty becomes the pseudonym.</summary>
    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        Mutaties = Mutaties.Select(m => betrokkene.Herkent(m.TegenpartijNaam) || betrokkene.Herkent(m.TegenpartijIban)
            ? m with { TegenpartijNaam = pseudoniem, TegenpartijIban = null } : m).ToList();
        Versie++;
        GewijzigdOp = now;
    }
}

/// <summary>
/// How bank lines find their journal entries (ADR 0029): an entry of the administratie that is a booking (not the
/// opening balance, not reversed, not a reversal), whose lines on the bank account move the same amount the same way,
/// dated at most <see cref="Dagen"/> days from the line. A line whose text names the entry (a declaratie kenmerk such as
/// <c>DEC-2026-3</c>, its end-to-end id, or the entry's description) takes that entry first; the others take the
/// closest in date, then the lowest number. No entry is linked to two lines.
/// </summary>
public static partial class Bankmatching
{
    public const int Dagen = 5;

    public sealed record Kandidaat(Journaalpost Post, Bedrag Bankbedrag);

    /// <summary>What an entry books on the bank account: debit (money in) positive, credit (money out) negative.</summary>
    public static Bedrag Bankbedrag(Journaalpost post) =>
        post.Regels.Where(r => r.Rekening == Rekeningschema.Bank).Aggregate(Bedrag.Nul, (som, r) => som + r.Debet - r.Credit);

    /// <summary>The entries a bank line may be linked to: bookings on the bank account, not reversed, not taken.</summary>
    public static IReadOnlyList<Kandidaat> Kandidaten(IReadOnlyList<Journaalpost> posten, IReadOnlySet<Guid> bezet)
    {
        var tegengeboekt = posten.Where(p => p.TegenboekingVanId is not null).Select(p => p.TegenboekingVanId!.Value).ToHashSet();
        return posten.Where(p => p.Soort == JournaalpostSoort.Boeking && !tegengeboekt.Contains(p.Id) && !bezet.Contains(p.Id))
            .Select(p => new Kandidaat(p, Bankbedrag(p))).Where(k => k.Bankbedrag != Bedrag.Nul).ToList();
    }

    /// <summary>Matches lines to candidates; returns the entry per matched line. Lines that already have a status are left alone.</summary>
    public static Dictionary<Guid, Guid> Koppel(IReadOnlyList<Bankmutatie> mutaties, IReadOnlyList<Kandidaat> kandidaten)
    {
        var gekoppeld = new Dictionary<Guid, Guid>();
        var vrij = kandidaten.ToList();
        var open = mutaties.Where(m => m.Status == MutatieStatus.Open).OrderBy(m => m.Boekdatum).ThenBy(m => m.Volgnummer).ToList();
        // First the lines that name their entry, so a plain line of the same amount cannot take it from them.
        foreach (var genoemd in new[] { true, false })
            foreach (var mutatie in open.Where(m => !gekoppeld.ContainsKey(m.Id)))
            {
                var passend = vrij.Where(k => k.Bankbedrag == mutatie.Mutatie && Math.Abs(k.Post.Boekdatum.DayNumber - mutatie.Boekdatum.DayNumber) <= Dagen)
                    .Where(k => !genoemd || Noemt(mutatie, k.Post))
                    .OrderBy(k => Math.Abs(k.Post.Boekdatum.DayNumber - mutatie.Boekdatum.DayNumber)).ThenBy(k => k.Post.Nummer).FirstOrDefault();
                if (passend is null)
                    continue;
                gekoppeld[mutatie.Id] = passend.Post.Id;
                vrij.Remove(passend);
            }
        return gekoppeld;
    }

    /// <summary>Whether the line's text names the entry: a declaratie kenmerk or the end-to-end id in both, or the entry's description in the line's text.</summary>
    public static bool Noemt(Bankmutatie mutatie, Journaalpost post)
    {
        var tekst = $"{mutatie.Omschrijving} {mutatie.EndToEndId}";
        foreach (Match kenmerk in Kenmerk().Matches(tekst))
            if (Regex.IsMatch(post.Omschrijving, $@"(?<![\w-]){Regex.Escape(kenmerk.Value)}(?![\w-])", RegexOptions.IgnoreCase))
                return true;
        if (mutatie.EndToEndId is { Length: >= 4 } e2e && !e2e.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase)
            && post.Omschrijving.Contains(e2e, StringComparison.OrdinalIgnoreCase))
            return true;
        var omschrijving = post.Omschrijving.Trim();
        return omschrijving.Length >= 4 && (mutatie.Omschrijving ?? "").Contains(omschrijving, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\w-])DEC-\d{4}-\d+(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex Kenmerk();
}
