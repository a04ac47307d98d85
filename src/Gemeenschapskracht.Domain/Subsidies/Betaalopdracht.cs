using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Subsidies;

public enum BetaalopdrachtStatus
{
    Klaargezet,
    Uitgevoerd,
}

/// <summary>One credit transfer in a batch: a voorschot of a beschikking to the organisation's account.</summary>
public sealed record Betaalregel(Guid BeschikkingId, string Kenmerk, int VoorschotNummer, string Begunstigde, string Iban, Bedrag Bedrag)
{
    /// <summary>The end-to-end reference the bank keeps with the transfer (at most 35 characters in pain.001).</summary>
    public string EindTotEindKenmerk => $"{Kenmerk}-V{VoorschotNummer}";

    /// <summary>What the organisation reads on its bank statement.</summary>
    public string Omschrijving => $"Voorschot {VoorschotNummer} subsidie {Kenmerk}";
}

/// <summary>
/// A batch of voorschotten for the gemeente's financial system, exported as one SEPA credit transfer (pain.001.001.03):
/// the paying account, the requested execution date and the transfers. Every account is a valid SEPA IBAN. When the
/// bank has executed it, the batch is marked so and its voorschotten count as paid.
/// </summary>
public sealed class Betaalopdracht : IAudited
{
    private Betaalopdracht() { }

    public Betaalopdracht(string opdrachtgever, string opdrachtgeverIban, DateOnly uitvoerdatum, IReadOnlyList<Betaalregel> regels, DateTimeOffset now)
    {
        if (Tekst.IsBlank(opdrachtgever))
            throw new DomainException("Geef de naam van de rekeninghouder die betaalt.");
        if (!Common.Iban.IsGeldig(opdrachtgeverIban))
            throw new DomainException("Het IBAN van de gemeente is geen geldig IBAN in het SEPA-gebied (de controle mod 97 klopt niet).");
        if (uitvoerdatum < Kalender.Dag(now))
            throw new DomainException("De uitvoerdatum ligt op of na vandaag.");
        if (regels.Count == 0)
            throw new DomainException("Er staan geen voorschotten klaar om te betalen.");
        if (regels.FirstOrDefault(r => !Common.Iban.IsGeldig(r.Iban)) is { } fout)
            throw new DomainException($"Het IBAN van {fout.Begunstigde} is geen geldig IBAN.");
        Id = Guid.CreateVersion7(now);
        Berichtkenmerk = $"GK-{now:yyyyMMddHHmmss}-{Id.ToString("N")[^6..].ToUpperInvariant()}";
        Opdrachtgever = opdrachtgever.Trim();
        OpdrachtgeverIban = Common.Iban.Normaliseer(opdrachtgeverIban);
        Uitvoerdatum = uitvoerdatum;
        Regels = regels.Select(r => r with { Iban = Common.Iban.Normaliseer(r.Iban) }).ToList();
        Status = BetaalopdrachtStatus.Klaargezet;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The message id of the pain.001 file (at most 35 characters), unique per batch.</summary>
    public string Berichtkenmerk { get; private set; } = "";

    public string Opdrachtgever { get; private set; } = "";

    public string OpdrachtgeverIban { get; private set; } = "";

    public DateOnly Uitvoerdatum { get; private set; }

    public IReadOnlyList<Betaalregel> Regels { get; private set; } = [];

    public BetaalopdrachtStatus Status { get; private set; }

    public DateOnly? UitgevoerdOp { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public Bedrag Totaal => Regels.Aggregate(Bedrag.Nul, (som, r) => som + r.Bedrag);

    /// <summary>The bank executed the batch on <paramref name="op"/>.</summary>
    public void MarkeerUitgevoerd(DateOnly op, DateTimeOffset now)
    {
        if (Status == BetaalopdrachtStatus.Uitgevoerd)
            throw new DomainException($"Deze betaalopdracht is al uitgevoerd op {UitgevoerdOp:dd-MM-yyyy}.");
        if (op > Kalender.Dag(now))
            throw new DomainException("Een betaalopdracht is uitgevoerd op of voor vandaag, niet vooruit.");
        Status = BetaalopdrachtStatus.Uitgevoerd;
        UitgevoerdOp = op;
        GewijzigdOp = now;
    }
}
