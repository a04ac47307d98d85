using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Declaraties;

public enum DeclaratiebetalingStatus
{
    Klaargezet,
    Uitgevoerd,
    Ingetrokken,
}

/// <summary>One transfer of a batch: an approved declaratie paid back from its group's funds.</summary>
public sealed record Overboeking(Guid DeclaratieId, Guid AdministratieId, string Kenmerk, string Begunstigde, string Iban, Bedrag Bedrag);

/// <summary>What a group has in the bank (its current account in the ledger) when a batch is made.</summary>
public sealed record Groepssaldo(Guid AdministratieId, string Groep, Bedrag Bank);

/// <summary>
/// A host's payment batch of approved declaraties, exported as one SEPA credit transfer (pain.001.001.03) from the
/// host's account, which holds the groups' funds. A group whose bank balance does not cover its declaraties stops the
/// whole batch. When the bank has executed it, every declaratie is paid and booked in its group's administratie.
/// </summary>
[Verwerking("Betalingen van declaraties",
    "Goedgekeurde declaraties in één SEPA-opdracht aan de bank geven.",
    "Overeenkomst (AVG art. 6 lid 1 sub b).",
    "Vrijwilligers en zzp’ers",
    "De bankgegevens tot de bewaartermijn van de gemeente na de uitvoering.")]
public sealed class Declaratiebetaling : IAudited, IPersoonsgegevensHouder
{
    private Declaratiebetaling() { }

    public Declaratiebetaling(Hostorganisatie host, string opdrachtgever, string? opdrachtgeverIban, DateOnly uitvoerdatum,
        IReadOnlyList<Declaratie> declaraties, IReadOnlyList<Groepssaldo> saldi, DateTimeOffset now)
    {
        if (opdrachtgeverIban is null || !Common.Iban.IsGeldig(opdrachtgeverIban))
            throw new DomainException($"Van de hostorganisatie {opdrachtgever} is geen geldig IBAN bekend; leg het vast bij de organisatie, dan betaalt zij vanaf die rekening.");
        if (uitvoerdatum < Kalender.Dag(now))
            throw new DomainException("De uitvoerdatum ligt op of na vandaag.");
        if (declaraties.Count == 0)
            throw new DomainException("Er staan geen goedgekeurde declaraties klaar om te betalen.");
        if (declaraties.FirstOrDefault(d => d.HostOrganisatieId != host.OrganisatieId) is { } vreemd)
            throw new DomainException($"Declaratie {vreemd.Kenmerk} hoort niet bij deze host.");
        foreach (var groep in declaraties.GroupBy(d => d.AdministratieId))
        {
            var saldo = saldi.FirstOrDefault(s => s.AdministratieId == groep.Key)
                ?? throw new DomainException("Van een groep in deze betaling is het banksaldo niet bekend.");
            var totaal = groep.Aggregate(Bedrag.Nul, (som, d) => som + d.Bedrag);
            if (totaal > saldo.Bank)
                throw new DomainException($"Het banksaldo van {saldo.Groep} ({saldo.Bank}) is te laag voor haar goedgekeurde declaraties ({totaal}); er wordt niets betaald. Boek eerst wat de groep ontving, of houd een declaratie aan.");
        }
        Id = Guid.CreateVersion7(now);
        HostId = host.Id;
        HostOrganisatieId = host.OrganisatieId;
        Berichtkenmerk = $"GKD-{now:yyyyMMddHHmmss}-{Id.ToString("N")[^6..].ToUpperInvariant()}";
        Opdrachtgever = opdrachtgever.Trim();
        OpdrachtgeverIban = Common.Iban.Normaliseer(opdrachtgeverIban);
        Uitvoerdatum = uitvoerdatum;
        Overboekingen = declaraties.Select(d => new Overboeking(d.Id, d.AdministratieId, d.Kenmerk, d.NaamBegunstigde, d.Iban, d.Bedrag)).ToList();
        Status = DeclaratiebetalingStatus.Klaargezet;
        AangemaaktOp = now;
        GewijzigdOp = now;
        foreach (var declaratie in declaraties)
            declaratie.NeemOpIn(Id, now);
    }

    public Guid Id { get; private set; }

    public Guid HostId { get; private set; }

    public Guid HostOrganisatieId { get; private set; }

    /// <summary>The message id of the pain.001 file (at most 35 characters).</summary>
    public string Berichtkenmerk { get; private set; } = "";

    public string Opdrachtgever { get; private set; } = "";

    public string OpdrachtgeverIban { get; private set; } = "";

    public DateOnly Uitvoerdatum { get; private set; }

    [Persoonsgegeven("Naam en IBAN van elke begunstigde")]
    public IReadOnlyList<Overboeking> Overboekingen { get; private set; } = [];

    public DeclaratiebetalingStatus Status { get; private set; }

    public DateOnly? UitgevoerdOp { get; private set; }

    public const int IntrekkingsredenMaxLengte = 500;

    /// <summary>Why the back office withdrew the batch before the bank executed it (the bank refused it, or it was never sent).</summary>
    public string? Intrekkingsreden { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public Bedrag Totaal => Overboekingen.Aggregate(Bedrag.Nul, (som, o) => som + o.Bedrag);

    /// <summary>
    /// The bank executed the batch: every declaratie is paid, and booked in its administratie on the day (its cost
    /// account debit, the bank credit), in a month that is open. Returns the entries to store.
    /// </summary>
    public IReadOnlyList<Journaalpost> MarkeerUitgevoerd(DateOnly op, IReadOnlyList<Declaratie> declaraties, IReadOnlyList<Administratie> administraties,
        string door, DateTimeOffset now)
    {
        if (Status == DeclaratiebetalingStatus.Uitgevoerd)
            throw new DomainException($"Deze betaling is al uitgevoerd op {UitgevoerdOp:dd-MM-yyyy}.");
        if (Status == DeclaratiebetalingStatus.Ingetrokken)
            throw new DomainException("Deze betaling is ingetrokken; zet de declaraties in een nieuwe betaling.");
        if (op > Kalender.Dag(now))
            throw new DomainException("Een betaling is uitgevoerd op of voor vandaag, niet vooruit.");
        var posten = new List<Journaalpost>();
        foreach (var overboeking in Overboekingen)
        {
            var declaratie = declaraties.FirstOrDefault(d => d.Id == overboeking.DeclaratieId)
                ?? throw new DomainException($"Declaratie {overboeking.Kenmerk} van deze betaling bestaat niet meer.");
            var administratie = administraties.FirstOrDefault(a => a.Id == overboeking.AdministratieId)
                ?? throw new DomainException($"De administratie van declaratie {overboeking.Kenmerk} bestaat niet meer.");
            posten.Add(administratie.Boek(op, $"Declaratie {declaratie.Kenmerk}: {declaratie.Omschrijving}",
                [new Journaalregel(declaratie.Rekening, declaratie.Bedrag, Bedrag.Nul), new Journaalregel(Rekeningschema.Bank, Bedrag.Nul, declaratie.Bedrag)],
                null, door, now));
        }
        // Booked first: a closed month refuses the booking before any declaratie counts as paid.
        foreach (var overboeking in Overboekingen)
            declaraties.First(d => d.Id == overboeking.DeclaratieId).MarkeerBetaald(Id, door, now);
        Status = DeclaratiebetalingStatus.Uitgevoerd;
        UitgevoerdOp = op;
        GewijzigdOp = now;
        Versie++;
        return posten;
    }

    /// <summary>
    /// The back office withdraws a batch the bank did not execute: its declaraties are approved and free again, to be put
    /// in a new batch, and the transfers stay as the record of what was prepared. Only a prepared batch; an executed one
    /// is booked and stays.
    /// </summary>
    public void TrekIn(IReadOnlyList<Declaratie> declaraties, string reden, DateTimeOffset now)
    {
        if (Status != DeclaratiebetalingStatus.Klaargezet)
            throw new DomainException(Status == DeclaratiebetalingStatus.Uitgevoerd
                ? $"Betaling {Berichtkenmerk} is uitgevoerd en geboekt; die trekt u niet meer in."
                : $"Betaling {Berichtkenmerk} is al ingetrokken.");
        if (Tekst.IsBlank(reden))
            throw new DomainException("Geef de reden van de intrekking op, bijvoorbeeld dat de bank het bestand weigerde.");
        foreach (var overboeking in Overboekingen)
        {
            var declaratie = declaraties.FirstOrDefault(d => d.Id == overboeking.DeclaratieId)
                ?? throw new DomainException($"Declaratie {overboeking.Kenmerk} van deze betaling bestaat niet meer.");
            declaratie.HaalUitBetaling(Id, now);
        }
        Status = DeclaratiebetalingStatus.Ingetrokken;
        Intrekkingsreden = reden.Trim();
        GewijzigdOp = now;
        Versie++;
    }

    /// <summary>When the transfers' bank details were erased after the gemeente's term; the SEPA file is then gone too.</summary>
    public DateTimeOffset? BankgegevensGewistOp { get; private set; }

    /// <summary>
    /// The concurrency token: the transfers are one JSON value, so the retention job and an erasure changing the same batch
    /// at once would otherwise each write back their own copy, and the last one could bring a name back.
    /// </summary>
    public int Versie { get; private set; }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        Overboekingen.SelectMany(o => betrokkene.Gegevens([o.Begunstigde, o.Iban], ("Overboeking", o.Kenmerk), ("Begunstigde", o.Begunstigde),
            ("IBAN", o.Iban), ("Bedrag", o.Bedrag.ToString()))).ToList();

    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count == 0)
            return;
        if (Status == DeclaratiebetalingStatus.Klaargezet)
            throw new DomainException($"Betaling {Berichtkenmerk} is nog niet uitgevoerd; anonimiseer na de uitvoering, of trek de betaling eerst in.");
        Overboekingen = Overboekingen.Select(o => betrokkene.Herkent(o.Begunstigde) || betrokkene.Herkent(o.Iban)
            ? o with { Begunstigde = pseudoniem, Iban = "" } : o).ToList();
        Versie++;
    }

    /// <summary>Executed or withdrawn, and the term has passed: the transfers' IBANs go. False when not yet due or done before.</summary>
    [Regel(Regelcatalogus.Avg5_1e)]
    public bool WisBankgegevens(Bewaarbeleid beleid, DateTimeOffset now)
    {
        if (BankgegevensGewistOp is not null || Status == DeclaratiebetalingStatus.Klaargezet || !beleid.BankgegevensVerlopen(GewijzigdOp, now))
            return false;
        Overboekingen = Overboekingen.Select(o => o with { Iban = "" }).ToList();
        BankgegevensGewistOp = now;
        Versie++;
        return true;
    }
}
