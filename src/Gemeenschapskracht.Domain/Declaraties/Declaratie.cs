using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Bijlagen;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Declaraties;

public enum DeclaratieStatus
{
    Concept,
    Ingediend,
    Onvolledig,
    Aangehouden,
    Afgewezen,
    Goedgekeurd,
    Betaald,
}

/// <summary>An expense a volunteer paid and asks back, or a zzp'er's invoice under a contract (<see cref="Opdrachtovereenkomst"/>).</summary>
public enum DeclaratieSoort
{
    Onkosten,
    Factuur,
}

/// <summary>What the back office decides about a submitted declaratie other than approving it; each with a reason.</summary>
public enum DeclaratieUitkomst
{
    Onvolledig,
    Aangehouden,
    Afgewezen,
}

/// <summary>The receipt's file: its name, its type as its bytes say, its size, and where the bytes are in the file store.</summary>
public sealed record Bonnetje(string Naam, string ContentType, long Grootte, string Sleutel)
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const string Heic = "image/heic";

    /// <summary>
    /// The receipt's type from its bytes: a PDF or a photo (JPEG, PNG, WebP, or HEIC as phones take them), whatever
    /// its name says; at most <see cref="MaxBytes"/>.
    /// </summary>
    public static Bonnetje Van(Guid declaratieId, string naam, ReadOnlySpan<byte> inhoud, DateTimeOffset now)
    {
        if (inhoud.Length == 0)
            throw new DomainException("Het bonnetje is leeg; maak een foto of kies een PDF.");
        if (inhoud.Length > MaxBytes)
            throw new DomainException($"Het bonnetje is groter dan {MaxBytes / 1024 / 1024} MB; maak een kleinere foto of PDF.");
        var type = Bestandstype.Herken(inhoud) ?? (IsHeic(inhoud) ? Heic : null)
            ?? throw new DomainException("Het bonnetje is geen foto (JPEG, PNG, WebP, HEIC) of PDF, wat de naam ook zegt; maak een foto van de bon of kies een PDF.");
        if (Tekst.IsBlank(naam) || !Tekst.IsSafe(naam) || naam.IndexOfAny(['/', '\\']) >= 0 || naam.Length > 200)
            throw new DomainException("Geef het bonnetje een naam van hoogstens 200 tekens, zonder schuine strepen.");
        return new Bonnetje(naam.Trim(), type, inhoud.Length, $"declaratie/{declaratieId}/{Guid.CreateVersion7(now)}");
    }

    /// <summary>An ISO base media file whose brand is one of HEIF's (what iPhones save photos as).</summary>
    private static bool IsHeic(ReadOnlySpan<byte> data) =>
        data.Length > 12 && data[4..8].SequenceEqual("ftyp"u8)
        && (data[8..12].SequenceEqual("heic"u8) || data[8..12].SequenceEqual("heix"u8) || data[8..12].SequenceEqual("mif1"u8)
            || data[8..12].SequenceEqual("msf1"u8) || data[8..12].SequenceEqual("hevc"u8));
}

public sealed record Goedkeuring(Guid DoorId, string Door, DateTimeOffset Op);

public sealed record Statuswijziging(DeclaratieStatus Status, string Door, DateTimeOffset Op, string? Reden);

/// <summary>What the submitter says about an expense; the same for a new declaratie and a changed one.</summary>
public sealed record Declaratiegegevens(Bedrag Bedrag, DateOnly Uitgavedatum, string Rekening, string Omschrijving, string NaamBegunstigde, string Iban);

/// <summary>
/// An expense a volunteer paid for the group and asks back from the group's funds (R5.4): amount, day, the cost
/// account of the administratie's chart, purpose, who is paid back on which IBAN, and the receipt.
/// <c>Concept → Ingediend → Goedgekeurd → Betaald</c>; from Ingediend also Onvolledig (back to the submitter), Aangehouden
/// (on hold, then approved or rejected) and Afgewezen (final), each with a reason. Four eyes: the submitter never
/// approves their own, and above the host's threshold two different approvers are needed. Once in a payment batch it
/// does not change. <see cref="Versie"/> is the concurrency token: two batches at once never take the same one.
/// </summary>
[Verwerking("Declaraties",
    "Vrijwilligers terugbetalen wat zij voor hun groep uitgaven, en zzp-facturen betalen.",
    "Overeenkomst (AVG art. 6 lid 1 sub b); de boekhouding bewaren is een wettelijke plicht (art. 2:10 BW, art. 52 AWR).",
    "Vrijwilligers en zzp’ers",
    "Het IBAN tot de bewaartermijn van de gemeente na de betaling; de declaratie zelf zeven jaar.")]
public sealed class Declaratie : IAudited, IPersoonsgegevensHouder
{
    private Declaratie() { }

    public Declaratie(Administratie administratie, int nummer, Declaratiegegevens gegevens, Guid indienerId, string indiener, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AdministratieId = administratie.Id;
        GroepId = administratie.GroepId;
        HostOrganisatieId = administratie.HostOrganisatieId;
        Nummer = nummer;
        Kenmerk = $"DEC-{Kalender.Dag(now).Year}-{nummer}";
        IngediendDoorId = indienerId;
        IngediendDoor = indiener;
        AangemaaktOp = now;
        Zet(administratie, gegevens, now);
        Historie = [new Statuswijziging(DeclaratieStatus.Concept, indiener, now, null)];
    }

    /// <summary>
    /// A zzp'er's invoice under a contract of the same administratie, checked against it (R5.5), to be paid like an
    /// expense: the contract's payee, IBAN and cost account, the invoice's total (VAT included; the group pays no VAT).
    /// </summary>
    public static Declaratie VoorFactuur(Administratie administratie, int nummer, Opdrachtovereenkomst opdracht, Zzpfactuur factuur,
        IReadOnlyList<Zzpfactuur> eerdere, IReadOnlyList<string> eerdereNummers, Guid indienerId, string indiener, DateTimeOffset now)
    {
        if (opdracht.AdministratieId != administratie.Id)
            throw new DomainException("Deze opdracht hoort niet bij deze administratie.");
        opdracht.ControleerFactuur(factuur, eerdere, eerdereNummers, now);
        var gegevens = new Declaratiegegevens(factuur.Totaal, factuur.Factuurdatum, opdracht.Rekening,
            $"Factuur {factuur.Factuurnummer.Trim()} van {opdracht.Opdrachtnemer}: {factuur.Uren.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} uur ({factuur.PeriodeVan:dd-MM-yyyy} t/m {factuur.PeriodeTot:dd-MM-yyyy})",
            opdracht.Opdrachtnemer, opdracht.Iban);
        return new Declaratie(administratie, nummer, gegevens, indienerId, indiener, now)
        {
            Soort = DeclaratieSoort.Factuur,
            OpdrachtovereenkomstId = opdracht.Id,
            Factuur = factuur with { Factuurnummer = factuur.Factuurnummer.Trim() },
        };
    }

    public Guid Id { get; private set; }

    public Guid AdministratieId { get; private set; }

    public Guid GroepId { get; private set; }

    public Guid HostOrganisatieId { get; private set; }

    /// <summary>Numbered within the administratie, from 1.</summary>
    public int Nummer { get; private set; }

    /// <summary><c>DEC-jaar-nummer</c>: what the submitter reads on the bank statement.</summary>
    public string Kenmerk { get; private set; } = "";

    public DeclaratieStatus Status { get; private set; }

    public DeclaratieSoort Soort { get; private set; }

    /// <summary>The contract an invoice is under; null for an expense.</summary>
    public Guid? OpdrachtovereenkomstId { get; private set; }

    /// <summary>The invoice as the contract checked it; null for an expense.</summary>
    public Zzpfactuur? Factuur { get; private set; }

    public Bedrag Bedrag { get; private set; }

    public DateOnly Uitgavedatum { get; private set; }

    /// <summary>The cost account (lasten) of the administratie's chart the expense is booked on.</summary>
    public string Rekening { get; private set; } = "";

    public string Omschrijving { get; private set; } = "";

    [Persoonsgegeven("Naam van de begunstigde")]
    public string NaamBegunstigde { get; private set; } = "";

    [Persoonsgegeven("IBAN van de begunstigde")]
    public string Iban { get; private set; } = "";

    public Bonnetje? Bonnetje { get; private set; }

    /// <summary>The person who made it and submits it (a member of the group or the host's back office).</summary>
    public Guid IngediendDoorId { get; private set; }

    public string IngediendDoor { get; private set; } = "";

    public IReadOnlyList<Goedkeuring> Goedkeuringen { get; private set; } = [];

    /// <summary>1, or 2 when the amount was above the host's four-eyes threshold when it was submitted.</summary>
    public int BenodigdeGoedkeuringen { get; private set; } = 1;

    public IReadOnlyList<Statuswijziging> Historie { get; private set; } = [];

    public Guid? DeclaratiebetalingId { get; private set; }

    public int Versie { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public bool IsWijzigbaar => Status is DeclaratieStatus.Concept or DeclaratieStatus.Onvolledig && DeclaratiebetalingId is null;

    /// <summary>Replaces what the submitter said, while it is a concept or came back as onvolledig.</summary>
    public void Wijzig(Administratie administratie, Declaratiegegevens gegevens, DateTimeOffset now)
    {
        ControleerWijzigbaar();
        if (Soort == DeclaratieSoort.Factuur)
            throw new DomainException($"Declaratie {Kenmerk} is een factuur onder een opdracht en wordt niet gewijzigd; wijs haar af en leg de juiste factuur opnieuw vast.");
        Zet(administratie, gegevens, now);
    }

    public void VervangBonnetje(Bonnetje bonnetje, DateTimeOffset now)
    {
        ControleerWijzigbaar();
        Bonnetje = bonnetje;
        Raak(now);
    }

    public void ControleerVerwijderbaar()
    {
        if (Status != DeclaratieStatus.Concept || DeclaratiebetalingId is not null)
            throw new DomainException($"Declaratie {Kenmerk} is {Status.ToString().ToLowerInvariant()}; alleen een concept wordt verwijderd.");
    }

    /// <summary>Submits a concept, or resubmits one that came back as onvolledig; the host's threshold fixes how many approvals it needs.</summary>
    public void DienIn(Bedrag vierOgenDrempel, string door, DateTimeOffset now)
    {
        if (Status is not (DeclaratieStatus.Concept or DeclaratieStatus.Onvolledig))
            throw new DomainException($"Declaratie {Kenmerk} is {Status.ToString().ToLowerInvariant()}; alleen een concept of een onvolledige declaratie wordt ingediend.");
        if (Bonnetje is null)
            throw new DomainException("Voeg het bonnetje toe (een foto of PDF); zonder bon wordt een declaratie niet ingediend.");
        if (Uitgavedatum > Kalender.Dag(now))
            throw new DomainException("De uitgave ligt in de toekomst; declareer wat u al betaald heeft.");
        BenodigdeGoedkeuringen = Bedrag > vierOgenDrempel ? 2 : 1;
        Goedkeuringen = [];
        NaarStatus(DeclaratieStatus.Ingediend, door, null, now);
    }

    /// <summary>
    /// An approval by the host's back office: never by the submitter, never twice by the same person; the last approval
    /// needed makes it Goedgekeurd, an earlier one keeps it Ingediend (or Aangehouden).
    /// </summary>
    public void KeurGoed(Guid doorId, string door, DateTimeOffset now)
    {
        if (Status is not (DeclaratieStatus.Ingediend or DeclaratieStatus.Aangehouden))
            throw new DomainException($"Declaratie {Kenmerk} is {Status.ToString().ToLowerInvariant()}; alleen een ingediende of aangehouden declaratie wordt goedgekeurd.");
        if (doorId == IngediendDoorId)
            throw new DomainException("U heeft deze declaratie zelf ingediend; een ander keurt haar goed (vier ogen).");
        if (Goedkeuringen.Any(g => g.DoorId == doorId))
            throw new DomainException("U heeft deze declaratie al goedgekeurd; boven de drempel keurt een tweede, andere medewerker haar goed (vier ogen).");
        Goedkeuringen = [.. Goedkeuringen, new Goedkeuring(doorId, door, now)];
        if (Goedkeuringen.Count >= BenodigdeGoedkeuringen)
            NaarStatus(DeclaratieStatus.Goedgekeurd, door, null, now);
        else
            Raak(now);
    }

    /// <summary>Onvolledig (back to the submitter) or Aangehouden from Ingediend, Afgewezen from Ingediend or Aangehouden; always with a reason.</summary>
    public void Beoordeel(DeclaratieUitkomst uitkomst, string reden, string door, DateTimeOffset now)
    {
        var toegestaan = uitkomst == DeclaratieUitkomst.Afgewezen
            ? Status is DeclaratieStatus.Ingediend or DeclaratieStatus.Aangehouden
            : Status == DeclaratieStatus.Ingediend;
        if (!toegestaan)
            throw new DomainException($"Declaratie {Kenmerk} is {Status.ToString().ToLowerInvariant()} en kan niet {uitkomst.ToString().ToLowerInvariant()} worden.");
        if (Tekst.IsBlank(reden))
            throw new DomainException("Geef de reden: de indiener leest haar.");
        if (uitkomst == DeclaratieUitkomst.Onvolledig)
            Goedkeuringen = [];
        NaarStatus(uitkomst switch
        {
            DeclaratieUitkomst.Onvolledig => DeclaratieStatus.Onvolledig,
            DeclaratieUitkomst.Aangehouden => DeclaratieStatus.Aangehouden,
            _ => DeclaratieStatus.Afgewezen,
        }, door, reden.Trim(), now);
    }

    /// <summary>Taken into a payment batch: approved and in no other batch.</summary>
    public void NeemOpIn(Guid betalingId, DateTimeOffset now)
    {
        if (Status != DeclaratieStatus.Goedgekeurd)
            throw new DomainException($"Declaratie {Kenmerk} is niet goedgekeurd en wordt niet betaald.");
        if (DeclaratiebetalingId is not null)
            throw new DomainException($"Declaratie {Kenmerk} staat al in een betaling.");
        DeclaratiebetalingId = betalingId;
        Raak(now);
    }

    /// <summary>The batch was withdrawn before the bank executed it: the declaratie is approved and free for a new batch.</summary>
    public void HaalUitBetaling(Guid betalingId, DateTimeOffset now)
    {
        if (DeclaratiebetalingId != betalingId || Status != DeclaratieStatus.Goedgekeurd)
            throw new DomainException($"Declaratie {Kenmerk} staat niet goedgekeurd in deze betaling.");
        DeclaratiebetalingId = null;
        Raak(now);
    }

    public void MarkeerBetaald(Guid betalingId, string door, DateTimeOffset now)
    {
        if (DeclaratiebetalingId != betalingId || Status != DeclaratieStatus.Goedgekeurd)
            throw new DomainException($"Declaratie {Kenmerk} staat niet goedgekeurd in deze betaling.");
        NaarStatus(DeclaratieStatus.Betaald, door, null, now);
    }

    private void ControleerWijzigbaar()
    {
        if (DeclaratiebetalingId is not null)
            throw new DomainException($"Declaratie {Kenmerk} staat in een betaling en wordt niet meer gewijzigd.");
        if (!IsWijzigbaar)
            throw new DomainException($"Declaratie {Kenmerk} is {Status.ToString().ToLowerInvariant()}; alleen een concept of een onvolledige declaratie wordt gewijzigd.");
    }

    private void Zet(Administratie administratie, Declaratiegegevens gegevens, DateTimeOffset now)
    {
        if (administratie.Id != AdministratieId)
            throw new DomainException("Deze declaratie hoort niet bij deze administratie.");
        if (gegevens.Bedrag <= Bedrag.Nul)
            throw new DomainException("Het bedrag van een declaratie is groter dan nul.");
        if (gegevens.Uitgavedatum > Kalender.Dag(now))
            throw new DomainException("De uitgave ligt in de toekomst; declareer wat u al betaald heeft.");
        var rekening = administratie.Rekening(gegevens.Rekening.Trim());
        if (rekening is null || rekening.Soort != Rekeningsoort.Lasten)
            throw new DomainException($"Kies een kostensoort van de administratie ({string.Join(", ", administratie.Rekeningen.Where(r => r.Soort == Rekeningsoort.Lasten).Select(r => $"{r.Code} {r.Omschrijving}"))}).");
        if (Tekst.IsBlank(gegevens.Omschrijving))
            throw new DomainException("Schrijf op waarvoor de uitgave was.");
        if (Tekst.IsBlank(gegevens.NaamBegunstigde))
            throw new DomainException("Geef de naam van wie het geld terugkrijgt.");
        if (!Common.Iban.IsGeldig(gegevens.Iban))
            throw new DomainException("Het IBAN is geen geldig IBAN in het SEPA-gebied (de controle mod 97 klopt niet).");
        Bedrag = gegevens.Bedrag;
        Uitgavedatum = gegevens.Uitgavedatum;
        Rekening = rekening.Code;
        Omschrijving = gegevens.Omschrijving.Trim();
        NaamBegunstigde = gegevens.NaamBegunstigde.Trim();
        Iban = Common.Iban.Normaliseer(gegevens.Iban);
        Raak(now);
    }

    private void NaarStatus(DeclaratieStatus status, string door, string? reden, DateTimeOffset now)
    {
        Status = status;
        Historie = [.. Historie, new Statuswijziging(status, door, now, reden)];
        Raak(now);
    }

    private void Raak(DateTimeOffset now)
    {
        Versie++;
        GewijzigdOp = now;
    }

    /// <summary>When the IBAN was erased after the gemeente's term (<see cref="Bewaarbeleid"/>).</summary>
    public DateTimeOffset? BankgegevensGewistOp { get; private set; }

    private bool IsAfgehandeld => Status is DeclaratieStatus.Betaald or DeclaratieStatus.Afgewezen;

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([NaamBegunstigde, Iban], ("Declaratie", Kenmerk), ("Naam begunstigde", NaamBegunstigde), ("IBAN", Iban),
            ("Bedrag", Bedrag.ToString()), ("Status", Status.ToString()));

    /// <summary>The declaratie stays in the books (seven years) under the pseudonym; it must be paid or refused first.</summary>
    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        if (!IsAfgehandeld)
            throw new DomainException($"Declaratie {Kenmerk} wordt nog behandeld; anonimiseer na de betaling of de afwijzing.");
        NaamBegunstigde = pseudoniem;
        Iban = "";
        BankgegevensGewistOp ??= now;
    }

    /// <summary>Paid or refused, and the term has passed: the IBAN goes. False when not yet due or done before.</summary>
    [Regel(Regelcatalogus.Avg5_1e)]
    public bool WisBankgegevens(Bewaarbeleid beleid, DateTimeOffset now)
    {
        if (BankgegevensGewistOp is not null || !IsAfgehandeld || !beleid.BankgegevensVerlopen(GewijzigdOp, now))
            return false;
        Iban = "";
        BankgegevensGewistOp = now;
        return true;
    }
}
