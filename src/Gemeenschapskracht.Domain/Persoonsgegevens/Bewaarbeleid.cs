using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Persoonsgegevens;

/// <summary>
/// How long a gemeente keeps personal data whose purpose ends (AVG art. 5 lid 1 sub e): a BuurtTop registration serves
/// the BuurtTop and its follow-up, a declaratie's bank details the payment. After the term a daily job erases them;
/// the registration (category, attendance) and the declaratie (amount, booking) stay. One per gemeente.
/// </summary>
[Regel(Regelcatalogus.Avg5_1e)]
public sealed class Bewaarbeleid : IAudited
{
    public const int StandaardBuurtTopAanmeldingenMaanden = 6;
    public const int StandaardDeclaratieBankgegevensMaanden = 13;
    public const int KortsteTermijn = 1;
    public const int LangsteTermijn = 120;

    private Bewaarbeleid() { }

    public Bewaarbeleid(int buurtTopAanmeldingenMaanden, int declaratieBankgegevensMaanden, string door, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Wijzig(buurtTopAanmeldingenMaanden, declaratieBankgegevensMaanden, door, now);
    }

    public static Bewaarbeleid Standaard(DateTimeOffset now) =>
        new(StandaardBuurtTopAanmeldingenMaanden, StandaardDeclaratieBankgegevensMaanden, "", now);

    public Guid Id { get; private set; }

    /// <summary>Months after the BuurtTop's date that the names and e-mail addresses of those registered are kept.</summary>
    public int BuurtTopAanmeldingenMaanden { get; private set; }

    /// <summary>Months after payment (or refusal) that a declaratie's IBAN and its payment batch's bank details are kept.</summary>
    public int DeclaratieBankgegevensMaanden { get; private set; }

    public string GewijzigdDoor { get; private set; } = "";

    public DateTimeOffset GewijzigdOp { get; private set; }

    public void Wijzig(int buurtTopAanmeldingenMaanden, int declaratieBankgegevensMaanden, string door, DateTimeOffset now)
    {
        // Both checked before either changes: a refused change leaves the policy as it was.
        var aanmeldingen = Termijn(buurtTopAanmeldingenMaanden, "BuurtTop-aanmeldingen");
        var bankgegevens = Termijn(declaratieBankgegevensMaanden, "de bankgegevens van declaraties");
        BuurtTopAanmeldingenMaanden = aanmeldingen;
        DeclaratieBankgegevensMaanden = bankgegevens;
        GewijzigdDoor = door;
        GewijzigdOp = now;
    }

    /// <summary>A BuurtTop held on <paramref name="datum"/>: are its registrations past their term?</summary>
    public bool AanmeldingenVerlopen(DateOnly datum, DateTimeOffset now) => datum.AddMonths(BuurtTopAanmeldingenMaanden) < Kalender.Dag(now);

    /// <summary>Bank details last needed at <paramref name="afgehandeldOp"/> (paid, refused, executed): past their term?</summary>
    public bool BankgegevensVerlopen(DateTimeOffset afgehandeldOp, DateTimeOffset now) => afgehandeldOp.AddMonths(DeclaratieBankgegevensMaanden) < now;

    private static int Termijn(int maanden, string wat) =>
        maanden is < KortsteTermijn or > LangsteTermijn
            ? throw new DomainException($"De bewaartermijn voor {wat} is ten minste {KortsteTermijn} en hoogstens {LangsteTermijn} maanden.")
            : maanden;
}
