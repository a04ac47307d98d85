using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Administraties;

public enum PeriodeStatus
{
    Open,
    Afgesloten,
}

/// <summary>What keeps a month from being closed; the monthly close (J8) records them, the back office resolves them.</summary>
public enum BlokkadeSoort
{
    /// <summary>No opening balance yet: the balances of the first month mean nothing without it.</summary>
    GeenOpeningsbalans,

    /// <summary>The month before is still open; months are closed in order.</summary>
    VorigePeriodeOpen,

    /// <summary>Cash or bank is below zero at the end of the month: a booking is missing or wrong.</summary>
    LiquideMiddelenNegatief,

    /// <summary>A subsidy received names no beschikking, so the verantwoording cannot be made from the ledger (G-4).</summary>
    SubsidieZonderBeschikking,

    /// <summary>Declaraties of the month are submitted, on hold, or approved and not yet paid: their booking is still to come.</summary>
    DeclaratiesOnafgehandeld,

    /// <summary>Bank lines of the month match no journal entry and are not explained: the books and the bank disagree.</summary>
    BankmutatiesOngekoppeld,
}

public sealed record Blokkade(BlokkadeSoort Soort, string Toelichting);

/// <summary>One month of an administratie: open or closed, and what the monthly close found blocking it.</summary>
public sealed record Periode(int Jaar, int Maand, PeriodeStatus Status, IReadOnlyList<Blokkade> Blokkades, DateTimeOffset? VoorbereidOp,
    DateTimeOffset? AfgeslotenOp, string? AfgeslotenDoor)
{
    public DateOnly Eerste => new(Jaar, Maand, 1);

    public DateOnly Laatste => Eerste.AddMonths(1).AddDays(-1);
}

/// <summary>
/// The books a host keeps for one resident group without a legal entity of its own (R5.2): a double-entry ledger
/// with the standard RGS-mapped chart, an opening balance, monthly periods that close in order, and entries that
/// are never changed (a mistake is reversed). <see cref="Versie"/> is a concurrency token that every change raises, so
/// two bookings at once get no gap or double number and nothing is booked into a month while it is being closed.
/// </summary>
public sealed class Administratie : IAudited
{
    private Administratie() { }

    public Administratie(Hostorganisatie host, Organisatie groep, DateOnly start, DateTimeOffset now)
    {
        if (groep.Id == host.OrganisatieId)
            throw new DomainException("Een hostorganisatie voert geen administratie voor zichzelf; zij voert die van de groepen die zij host.");
        if (groep.Status == OrganisatieStatus.Gestopt)
            throw new DomainException($"'{groep.Naam}' is gestopt; voor een gestopte groep wordt geen administratie geopend.");
        if (groep.Soort is not (OrganisatieSoort.Bewonersorganisatie or OrganisatieSoort.Bewonersgroep or OrganisatieSoort.Wijkopbouwpunt))
            throw new DomainException("Een host voert de administratie van een groep bewoners: een bewonersorganisatie, bewonersgroep of wijkopbouwpunt.");
        if (groep.Kvknummer is not null)
            throw new DomainException($"'{groep.Naam}' staat ingeschreven bij de KvK en voert als rechtspersoon een eigen administratie; een host is er voor groepen zonder.");
        Id = Guid.CreateVersion7(now);
        GroepId = groep.Id;
        HostId = host.Id;
        HostOrganisatieId = host.OrganisatieId;
        Startdatum = new DateOnly(start.Year, start.Month, 1);
        Rekeningen = [.. Rekeningschema.Standaard];
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The hosted group (an organisation of the register without a legal entity of its own).</summary>
    public Guid GroepId { get; private set; }

    public Guid HostId { get; private set; }

    /// <summary>The host's organisation: its backoffice members keep these books.</summary>
    public Guid HostOrganisatieId { get; private set; }

    /// <summary>The first day of the first month; the opening balance is dated on it.</summary>
    public DateOnly Startdatum { get; private set; }

    public IReadOnlyList<Grootboekrekening> Rekeningen { get; private set; } = [];

    /// <summary>The months prepared or closed so far, in order; a month not in it is open and not yet prepared.</summary>
    public IReadOnlyList<Periode> Perioden { get; private set; } = [];

    public bool HeeftOpeningsbalans { get; private set; }

    /// <summary>The number of the last entry (entries are numbered from 1).</summary>
    public int LaatsteNummer { get; private set; }

    /// <summary>Raised by every change: the concurrency token.</summary>
    public int Versie { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public Grootboekrekening? Rekening(string code) => Rekeningen.FirstOrDefault(r => r.Code == code);

    public bool IsAfgesloten(int jaar, int maand) => Perioden.Any(p => p.Jaar == jaar && p.Maand == maand && p.Status == PeriodeStatus.Afgesloten);

    /// <summary>Every month from the start up to and including the one of <paramref name="vandaag"/>, as stored or as a fresh open one.</summary>
    public IReadOnlyList<Periode> PeriodenTot(DateOnly vandaag)
    {
        var lijst = new List<Periode>();
        for (var maand = Startdatum; maand <= vandaag; maand = maand.AddMonths(1))
            lijst.Add(Perioden.FirstOrDefault(p => p.Jaar == maand.Year && p.Maand == maand.Month)
                ?? new Periode(maand.Year, maand.Month, PeriodeStatus.Open, [], null, null, null));
        return lijst;
    }

    /// <summary>The opening balance: once, dated on the start, on balance accounts only, in balance (it may be empty).</summary>
    public Journaalpost BoekOpening(IReadOnlyList<Journaalregel> regels, string door, DateTimeOffset now)
    {
        if (HeeftOpeningsbalans)
            throw new DomainException("Deze administratie heeft al een openingsbalans; een fout daarin herstelt u met een gewone boeking.");
        Journaalpost.Controleer(regels, Rekeningen, opening: true);
        HeeftOpeningsbalans = true;
        return Nieuw(JournaalpostSoort.Openingsbalans, Startdatum, "Openingsbalans", regels, null, null, door, now);
    }

    /// <summary>
    /// An entry: in balance, on accounts of the chart, dated from the start up to today in a month that is not closed.
    /// A subsidy received (a credit on the subsidy account) may name its beschikking; nothing else may.
    /// </summary>
    [Regel(Regelcatalogus.G4)]
    public Journaalpost Boek(DateOnly boekdatum, string omschrijving, IReadOnlyList<Journaalregel> regels, Guid? beschikkingId, string door, DateTimeOffset now)
    {
        ControleerDatum(boekdatum, now);
        if (Tekst.IsBlank(omschrijving))
            throw new DomainException("Geef de journaalpost een omschrijving.");
        Journaalpost.Controleer(regels, Rekeningen, opening: false);
        if (beschikkingId is not null && !regels.Any(r => r.Credit > Bedrag.Nul && Rekening(r.Rekening)!.Rol == Rekeningrol.Subsidie))
            throw new DomainException("Alleen een ontvangen subsidie (credit op een subsidierekening) wordt aan een beschikking gekoppeld.");
        return Nieuw(JournaalpostSoort.Boeking, boekdatum, omschrijving, regels, beschikkingId, null, door, now);
    }

    /// <summary>
    /// Reverses an entry with a new one that swaps its debits and credits and names it; the original stays as it was.
    /// Once per entry; not an opening balance and not a reversal itself; dated in an open month.
    /// </summary>
    public Journaalpost BoekTegen(Journaalpost origineel, bool alTegengeboekt, DateOnly boekdatum, string reden, string door, DateTimeOffset now)
    {
        if (origineel.AdministratieId != Id)
            throw new DomainException("Deze journaalpost hoort niet bij deze administratie.");
        if (origineel.Soort == JournaalpostSoort.Openingsbalans)
            throw new DomainException("Een openingsbalans wordt niet tegengeboekt; herstel een fout erin met een gewone boeking.");
        if (origineel.Soort == JournaalpostSoort.Tegenboeking)
            throw new DomainException("Een tegenboeking wordt niet nog eens tegengeboekt; boek de oorspronkelijke post opnieuw, goed.");
        if (alTegengeboekt)
            throw new DomainException($"Journaalpost {origineel.Nummer} is al tegengeboekt.");
        if (Tekst.IsBlank(reden))
            throw new DomainException("Geef de reden van de tegenboeking: wat was er mis?");
        ControleerDatum(boekdatum, now);
        var regels = origineel.Regels.Select(r => new Journaalregel(r.Rekening, r.Credit, r.Debet)).ToList();
        return Nieuw(JournaalpostSoort.Tegenboeking, boekdatum, $"Tegenboeking van journaalpost {origineel.Nummer}: {reden.Trim()}", regels,
            origineel.BeschikkingId, origineel.Id, door, now);
    }

    /// <summary>What blocks closing a month, from the entries of the administratie (all of them; those after the month are ignored).</summary>
    /// <param name="openDeclaraties">The kenmerk and expense day of every declaratie submitted, on hold, or approved and not paid.</param>
    /// <param name="bankmutaties">The lines of the imported bank statements; those still open block their month.</param>
    [Regel(Regelcatalogus.G4)]
    public IReadOnlyList<Blokkade> Blokkades(int jaar, int maand, IReadOnlyList<Journaalpost> posten, IReadOnlyList<(string Kenmerk, DateOnly Uitgavedatum)>? openDeclaraties = null,
        IReadOnlyList<Bankmutatie>? bankmutaties = null)
    {
        var periode = new DateOnly(jaar, maand, 1);
        var einde = periode.AddMonths(1).AddDays(-1);
        var blokkades = new List<Blokkade>();
        if (!HeeftOpeningsbalans)
            blokkades.Add(new(BlokkadeSoort.GeenOpeningsbalans, "Boek eerst de openingsbalans: wat de groep had op de startdatum."));
        var vorige = periode.AddMonths(-1);
        if (periode > Startdatum && !IsAfgesloten(vorige.Year, vorige.Month))
            blokkades.Add(new(BlokkadeSoort.VorigePeriodeOpen, $"Sluit eerst {vorige.Month:00}-{vorige.Year} af; maanden worden op volgorde afgesloten."));
        var totalen = Grootboek.PerRekening(posten.Where(p => p.Boekdatum <= einde));
        foreach (var rekening in Rekeningen.Where(r => r.Rol == Rekeningrol.Liquide))
            if (totalen.TryGetValue(rekening.Code, out var t) && t.Saldo(rekening).IsNegatief)
                blokkades.Add(new(BlokkadeSoort.LiquideMiddelenNegatief,
                    $"{rekening.Omschrijving} staat op {einde:dd-MM-yyyy} op {t.Saldo(rekening)}: er ontbreekt een ontvangst of een boeking is fout."));
        var tegengeboekt = posten.Where(p => p.TegenboekingVanId is not null).Select(p => p.TegenboekingVanId!.Value).ToHashSet();
        foreach (var post in posten.Where(p => p.Boekdatum >= periode && p.Boekdatum <= einde && p.Soort == JournaalpostSoort.Boeking
            && p.BeschikkingId is null && !tegengeboekt.Contains(p.Id)
            && p.Regels.Any(r => r.Credit > Bedrag.Nul && Rekening(r.Rekening)?.Rol == Rekeningrol.Subsidie)))
            blokkades.Add(new(BlokkadeSoort.SubsidieZonderBeschikking,
                $"Journaalpost {post.Nummer} ({post.Boekdatum:dd-MM-yyyy}) boekt een subsidie zonder de beschikking; koppel haar, zodat de verantwoording uit de boeken komt (G-4)."));
        var open = (openDeclaraties ?? []).Where(d => d.Uitgavedatum >= periode && d.Uitgavedatum <= einde).Select(d => d.Kenmerk).ToList();
        if (open.Count > 0)
            blokkades.Add(new(BlokkadeSoort.DeclaratiesOnafgehandeld,
                $"Declaraties van deze maand zijn nog niet afgehandeld ({string.Join(", ", open)}): keur ze goed of af en betaal ze, dan komen ze in de boeken."));
        var ongekoppeld = (bankmutaties ?? []).Where(m => m.Status == MutatieStatus.Open && m.Boekdatum >= periode && m.Boekdatum <= einde)
            .OrderBy(m => m.Boekdatum).ToList();
        if (ongekoppeld.Count > 0)
            blokkades.Add(new(BlokkadeSoort.BankmutatiesOngekoppeld,
                $"{ongekoppeld.Count} {(ongekoppeld.Count == 1 ? "bankmutatie" : "bankmutaties")} van deze maand {(ongekoppeld.Count == 1 ? "past" : "passen")} bij geen journaalpost "
                + $"({string.Join(", ", ongekoppeld.Take(5).Select(m => $"{m.Boekdatum:dd-MM-yyyy} {(m.Richting == Mutatierichting.Bijschrijving ? "+" : "-")}{m.Bedrag}"))}"
                + $"{(ongekoppeld.Count > 5 ? ", …" : "")}): koppel ze aan een journaalpost of verklaar ze."));
        return blokkades;
    }

    /// <summary>
    /// Job J8: records, for every month that is over and not yet closed, what blocks closing it. Idempotent: a month
    /// whose blockers did not change is left as it was. Returns how many months changed.
    /// </summary>
    public int BereidAfsluitingenVoor(IReadOnlyList<Journaalpost> posten, DateTimeOffset now, IReadOnlyList<(string Kenmerk, DateOnly Uitgavedatum)>? openDeclaraties = null,
        IReadOnlyList<Bankmutatie>? bankmutaties = null)
    {
        var vandaag = Kalender.Dag(now);
        var gewijzigd = 0;
        var perioden = Perioden.ToList();
        foreach (var periode in PeriodenTot(vandaag).Where(p => p.Laatste < vandaag && p.Status == PeriodeStatus.Open))
        {
            var blokkades = Blokkades(periode.Jaar, periode.Maand, posten, openDeclaraties, bankmutaties);
            if (periode.VoorbereidOp is not null && periode.Blokkades.SequenceEqual(blokkades))
                continue;
            perioden.RemoveAll(p => p.Jaar == periode.Jaar && p.Maand == periode.Maand);
            perioden.Add(periode with { Blokkades = blokkades, VoorbereidOp = now });
            gewijzigd++;
        }
        if (gewijzigd > 0)
        {
            Perioden = perioden.OrderBy(p => p.Jaar).ThenBy(p => p.Maand).ToList();
            Versie++;
            GewijzigdOp = now;
        }
        return gewijzigd;
    }

    /// <summary>
    /// Linking bank lines to entries reads the lines of every statement of the administratie; raising the version makes
    /// two imports or links at the same moment a conflict (409), so one entry is never linked to two lines.
    /// </summary>
    public void ReserveerBankkoppelingen(DateTimeOffset now)
    {
        Versie++;
        GewijzigdOp = now;
    }

    /// <summary>Closes a month that is over, in order, when nothing blocks it; nothing is booked into it afterwards.</summary>
    public Periode SluitAf(int jaar, int maand, IReadOnlyList<Journaalpost> posten, string door, DateTimeOffset now,
        IReadOnlyList<(string Kenmerk, DateOnly Uitgavedatum)>? openDeclaraties = null, IReadOnlyList<Bankmutatie>? bankmutaties = null)
    {
        if (maand is < 1 or > 12)
            throw new DomainException("Een maand ligt tussen 1 en 12.");
        var periode = new DateOnly(jaar, maand, 1);
        if (periode < Startdatum)
            throw new DomainException($"De administratie begint op {Startdatum:dd-MM-yyyy}; {maand:00}-{jaar} hoort er niet bij.");
        if (IsAfgesloten(jaar, maand))
            throw new DomainException($"{maand:00}-{jaar} is al afgesloten.");
        if (periode.AddMonths(1) > Kalender.Dag(now))
            throw new DomainException($"{maand:00}-{jaar} is nog niet voorbij; een maand wordt afgesloten als zij om is.");
        var blokkades = Blokkades(jaar, maand, posten, openDeclaraties, bankmutaties);
        if (blokkades.Count > 0)
            throw new DomainException($"{maand:00}-{jaar} kan nog niet worden afgesloten: {string.Join(" ", blokkades.Select(b => b.Toelichting))}");
        var afgesloten = new Periode(jaar, maand, PeriodeStatus.Afgesloten, [], Perioden.FirstOrDefault(p => p.Jaar == jaar && p.Maand == maand)?.VoorbereidOp,
            now, door);
        Perioden = Perioden.Where(p => !(p.Jaar == jaar && p.Maand == maand)).Append(afgesloten).OrderBy(p => p.Jaar).ThenBy(p => p.Maand).ToList();
        Versie++;
        GewijzigdOp = now;
        return afgesloten;
    }

    private void ControleerDatum(DateOnly boekdatum, DateTimeOffset now)
    {
        if (boekdatum < Startdatum)
            throw new DomainException($"De administratie begint op {Startdatum:dd-MM-yyyy}; een boeking ligt niet eerder.");
        if (boekdatum > Kalender.Dag(now))
            throw new DomainException("Een boeking ligt niet in de toekomst; boek wat gebeurd is.");
        if (IsAfgesloten(boekdatum.Year, boekdatum.Month))
            throw new DomainException($"{boekdatum.Month:00}-{boekdatum.Year} is afgesloten; er wordt niet meer in geboekt. Boek de correctie in een open maand.");
    }

    private Journaalpost Nieuw(JournaalpostSoort soort, DateOnly boekdatum, string omschrijving, IReadOnlyList<Journaalregel> regels, Guid? beschikkingId,
        Guid? tegenboekingVanId, string door, DateTimeOffset now)
    {
        LaatsteNummer++;
        Versie++;
        GewijzigdOp = now;
        return new Journaalpost(this, LaatsteNummer, soort, boekdatum, omschrijving, regels, beschikkingId, tegenboekingVanId, door, now);
    }
}
