using System.Globalization;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Declaraties;

/// <summary>What a contract says: who does what, how many hours at which rate, in which period, booked on which cost account.</summary>
public sealed record Opdrachtvoorwaarden(
    string Opdrachtnemer, string Kvknummer, string Iban, string Omschrijving, decimal Uren, Bedrag Uurtarief, int BtwPercentage,
    DateOnly Begindatum, DateOnly Einddatum, string Rekening);

/// <summary>An invoice of the zzp'er as the contract checks it: its number and date, the period and hours worked, the amount without and the VAT.</summary>
public sealed record Zzpfactuur(string Factuurnummer, DateOnly Factuurdatum, DateOnly PeriodeVan, DateOnly PeriodeTot, decimal Uren, Bedrag BedragExclusief, Bedrag Btw)
{
    public Bedrag Totaal => BedragExclusief + Btw;
}

/// <summary>
/// A contract (overeenkomst van opdracht, BW 7:400) of a hosted group with a local zzp'er, kept by the host's back office
/// (R5.5): the scope, the hours at most, the hourly rate and VAT, the period and the cost account. Every invoice is
/// checked against it (<see cref="ControleerFactuur"/>) and then paid as a declaratie through the same four eyes and
/// payment batch. <see cref="Versie"/> is the concurrency token every invoice raises, so two invoices recorded at once
/// never together exceed the hours.
/// </summary>
[Verwerking("Opdrachtovereenkomsten met zzp’ers",
    "Een zzp’er inhuren voor een groep en zijn facturen toetsen en betalen.",
    "Overeenkomst (AVG art. 6 lid 1 sub b); de boekhouding bewaren is een wettelijke plicht (art. 52 AWR).",
    "Zzp’ers",
    "Zeven jaar na het einde van de overeenkomst.")]
public sealed class Opdrachtovereenkomst : IAudited, IPersoonsgegevensHouder
{
    public const decimal MeesteUren = 2000m;
    public static readonly IReadOnlyList<int> Btwtarieven = [0, 9, 21];

    private Opdrachtovereenkomst() { }

    public Opdrachtovereenkomst(Administratie administratie, Opdrachtvoorwaarden voorwaarden, IReadOnlyList<string> coordinatoren, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AdministratieId = administratie.Id;
        GroepId = administratie.GroepId;
        HostOrganisatieId = administratie.HostOrganisatieId;
        AangemaaktOp = now;
        Zet(administratie, voorwaarden, coordinatoren, [], now);
    }

    public Guid Id { get; private set; }

    public Guid AdministratieId { get; private set; }

    public Guid GroepId { get; private set; }

    public Guid HostOrganisatieId { get; private set; }

    /// <summary>The zzp'er's trade name (often their own name).</summary>
    [Persoonsgegeven("Naam van de opdrachtnemer (vaak de eigen naam van de zzp’er)")]
    public string Opdrachtnemer { get; private set; } = "";

    /// <summary>A zzp'er is registered in the Handelsregister; the number is on every invoice.</summary>
    public string Kvknummer { get; private set; } = "";

    [Persoonsgegeven("IBAN van de opdrachtnemer")]
    public string Iban { get; private set; } = "";

    /// <summary>The scope: what the zzp'er does for the group.</summary>
    public string Omschrijving { get; private set; } = "";

    /// <summary>The hours contracted at most over the whole period.</summary>
    public decimal Uren { get; private set; }

    /// <summary>The rate per hour without VAT.</summary>
    public Bedrag Uurtarief { get; private set; }

    /// <summary>0 (exempt or the small-business scheme), 9 or 21; the group is no VAT payer, so the VAT is part of the cost.</summary>
    public int BtwPercentage { get; private set; }

    public DateOnly Begindatum { get; private set; }

    public DateOnly Einddatum { get; private set; }

    /// <summary>The cost account (lasten) of the administratie the invoices are booked on.</summary>
    public string Rekening { get; private set; } = "";

    public int Versie { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public Bedrag Plafond => UrenMaalTarief(Uren);

    /// <summary>
    /// Replaces the terms. Invoices already recorded (<paramref name="facturen"/>: those not rejected) stay inside
    /// them: the hours not below what was invoiced, the period still around every invoiced period.
    /// </summary>
    public void Wijzig(Administratie administratie, Opdrachtvoorwaarden voorwaarden, IReadOnlyList<string> coordinatoren, IReadOnlyList<Zzpfactuur> facturen,
        DateTimeOffset now)
    {
        if (administratie.Id != AdministratieId)
            throw new DomainException("Deze opdracht hoort niet bij deze administratie.");
        Zet(administratie, voorwaarden, coordinatoren, facturen, now);
    }

    /// <summary>
    /// Checks an invoice against the contract (R5.5): a unique number, dated on or before today, a period inside the
    /// contract's, hours that with the invoices before it (<paramref name="eerdere"/>: those not rejected) stay within
    /// the contracted hours, the amount exactly hours times rate, and the VAT at the contract's percentage. Raises the
    /// version, so a second invoice checked at the same moment is a conflict, not a silent overrun.
    /// </summary>
    public void ControleerFactuur(Zzpfactuur factuur, IReadOnlyList<Zzpfactuur> eerdere, IReadOnlyList<string> eerdereNummers, DateTimeOffset now)
    {
        var nummer = factuur.Factuurnummer.Trim();
        if (Tekst.IsBlank(nummer))
            throw new DomainException("Geef het factuurnummer zoals het op de factuur staat.");
        if (eerdereNummers.Any(n => string.Equals(n.Trim(), nummer, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"Factuur {nummer} van {Opdrachtnemer} is al vastgelegd; een factuurnummer komt maar één keer voor.");
        if (factuur.Factuurdatum > Kalender.Dag(now))
            throw new DomainException("De factuurdatum ligt in de toekomst; leg een factuur vast als zij er is.");
        if (factuur.PeriodeTot < factuur.PeriodeVan)
            throw new DomainException("De gefactureerde periode eindigt op of na haar begin.");
        if (factuur.PeriodeVan < Begindatum || factuur.PeriodeTot > Einddatum)
            throw new DomainException($"De gefactureerde periode ({factuur.PeriodeVan:dd-MM-yyyy} t/m {factuur.PeriodeTot:dd-MM-yyyy}) valt buiten de opdracht ({Begindatum:dd-MM-yyyy} t/m {Einddatum:dd-MM-yyyy}).");
        if (factuur.Uren <= 0 || decimal.Round(factuur.Uren, 2) != factuur.Uren)
            throw new DomainException("Het aantal uren van de factuur is groter dan nul, in hoogstens twee decimalen.");
        var gefactureerd = eerdere.Sum(f => f.Uren);
        if (gefactureerd + factuur.Uren > Uren)
            throw new DomainException($"Met deze factuur komt de opdracht op {U(gefactureerd + factuur.Uren)} uur; afgesproken is hoogstens {U(Uren)} uur (al gefactureerd: {U(gefactureerd)}).");
        var verwacht = UrenMaalTarief(factuur.Uren);
        if (factuur.BedragExclusief != verwacht)
            throw new DomainException($"Het bedrag zonder btw ({factuur.BedragExclusief}) is niet {U(factuur.Uren)} uur × {Uurtarief} = {verwacht}, het tarief van de opdracht.");
        var btw = Btw(factuur.BedragExclusief);
        if (factuur.Btw != btw)
            throw new DomainException($"De btw ({factuur.Btw}) is niet {BtwPercentage}% van {factuur.BedragExclusief} = {btw}, zoals de opdracht afspreekt.");
        Versie++;
        GewijzigdOp = now;
    }

    private static string U(decimal uren) => uren.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"));

    private Bedrag UrenMaalTarief(decimal uren) => new((long)decimal.Round(uren * Uurtarief.Eurocent, MidpointRounding.AwayFromZero));

    private Bedrag Btw(Bedrag exclusief) => new((long)decimal.Round(exclusief.Eurocent * BtwPercentage / 100m, MidpointRounding.AwayFromZero));

    private void Zet(Administratie administratie, Opdrachtvoorwaarden v, IReadOnlyList<string> coordinatoren, IReadOnlyList<Zzpfactuur> facturen, DateTimeOffset now)
    {
        if (Tekst.IsBlank(v.Opdrachtnemer))
            throw new DomainException("Geef de naam van de zzp'er (de handelsnaam).");
        if (coordinatoren.Any(c => string.Equals(c.Trim(), v.Opdrachtnemer.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"{v.Opdrachtnemer.Trim()} is als coördinator in dienst van de host; wat een medewerker doet, betaalt de host als loon, niet als factuur van een zzp'er.");
        if (!Organisaties.Kvknummer.IsGeldig(v.Kvknummer.Trim()))
            throw new DomainException("Het KvK-nummer van de zzp'er bestaat uit acht cijfers.");
        if (!Common.Iban.IsGeldig(v.Iban))
            throw new DomainException("Het IBAN van de zzp'er is geen geldig IBAN in het SEPA-gebied (de controle mod 97 klopt niet).");
        if (Tekst.IsBlank(v.Omschrijving))
            throw new DomainException("Beschrijf de opdracht: wat doet de zzp'er voor de groep?");
        if (v.Uren <= 0 || v.Uren > MeesteUren || decimal.Round(v.Uren, 2) != v.Uren)
            throw new DomainException($"Het aantal uren van de opdracht is groter dan nul en hoogstens {MeesteUren:0}, in hoogstens twee decimalen.");
        if (v.Uurtarief <= Bedrag.Nul)
            throw new DomainException("Het uurtarief is groter dan nul.");
        if (!Btwtarieven.Contains(v.BtwPercentage))
            throw new DomainException("Het btw-percentage is 0, 9 of 21.");
        if (v.Einddatum < v.Begindatum)
            throw new DomainException("De opdracht eindigt op of na haar begin.");
        if (v.Einddatum > v.Begindatum.AddYears(2))
            throw new DomainException("Een opdracht loopt hoogstens twee jaar; maak daarna een nieuwe afspraak.");
        var rekening = administratie.Rekening(v.Rekening.Trim());
        if (rekening is null || rekening.Soort != Rekeningsoort.Lasten)
            throw new DomainException($"Kies een kostensoort van de administratie ({string.Join(", ", administratie.Rekeningen.Where(r => r.Soort == Rekeningsoort.Lasten).Select(r => $"{r.Code} {r.Omschrijving}"))}).");
        var gefactureerd = facturen.Sum(f => f.Uren);
        if (v.Uren < gefactureerd)
            throw new DomainException($"Er is al {U(gefactureerd)} uur gefactureerd; de opdracht telt niet minder uren.");
        if (facturen.Any(f => f.PeriodeVan < v.Begindatum || f.PeriodeTot > v.Einddatum))
            throw new DomainException("Een gefactureerde periode valt dan buiten de opdracht; de periode omvat wat al gefactureerd is.");
        Opdrachtnemer = v.Opdrachtnemer.Trim();
        Kvknummer = v.Kvknummer.Trim();
        Iban = Common.Iban.Normaliseer(v.Iban);
        Omschrijving = v.Omschrijving.Trim();
        Uren = v.Uren;
        Uurtarief = v.Uurtarief;
        BtwPercentage = v.BtwPercentage;
        Begindatum = v.Begindatum;
        Einddatum = v.Einddatum;
        Rekening = rekening.Code;
        Versie++;
        GewijzigdOp = now;
    }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([Opdrachtnemer, Iban], ("Opdrachtnemer", Opdrachtnemer), ("KvK-nummer", Kvknummer), ("IBAN", Iban),
            ("Looptijd", $"{Begindatum:dd-MM-yyyy} tot {Einddatum:dd-MM-yyyy}"));

    /// <summary>The contract stays in the books under the pseudonym, once it has ended.</summary>
    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        if (Einddatum >= Kalender.Dag(now))
            throw new DomainException($"De opdrachtovereenkomst met {Opdrachtnemer} loopt tot {Einddatum:dd-MM-yyyy}; anonimiseer na het einde.");
        Opdrachtnemer = pseudoniem;
        Iban = "";
    }
}
