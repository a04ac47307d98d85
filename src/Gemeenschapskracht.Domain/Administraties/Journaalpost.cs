using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Administraties;

public enum JournaalpostSoort
{
    Boeking,
    Openingsbalans,
    Tegenboeking,
}

/// <summary>One line of an entry: an amount on the debit or the credit side of one account, never both.</summary>
public sealed record Journaalregel(string Rekening, Bedrag Debet, Bedrag Credit);

/// <summary>
/// A journal entry of an administratie: lines whose debits equal their credits, booked once and never changed or
/// removed. A mistake is corrected by a <see cref="JournaalpostSoort.Tegenboeking"/> that names the original. Made by
/// <see cref="Administratie"/>, which numbers it and checks the period and the accounts.
/// </summary>
public sealed class Journaalpost : IAudited
{
    public const int MeesteRegels = 50;

    private Journaalpost() { }

    internal Journaalpost(Administratie administratie, int nummer, JournaalpostSoort soort, DateOnly boekdatum, string omschrijving,
        IReadOnlyList<Journaalregel> regels, Guid? beschikkingId, Guid? tegenboekingVanId, string door, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AdministratieId = administratie.Id;
        Nummer = nummer;
        Soort = soort;
        Boekdatum = boekdatum;
        Omschrijving = omschrijving.Trim();
        Regels = regels;
        BeschikkingId = beschikkingId;
        TegenboekingVanId = tegenboekingVanId;
        GeboektDoor = door;
        GeboektOp = now;
    }

    public Guid Id { get; private set; }

    public Guid AdministratieId { get; private set; }

    /// <summary>Numbered in order within the administratie, from 1.</summary>
    public int Nummer { get; private set; }

    public JournaalpostSoort Soort { get; private set; }

    public DateOnly Boekdatum { get; private set; }

    public string Omschrijving { get; private set; } = "";

    public IReadOnlyList<Journaalregel> Regels { get; private set; } = [];

    /// <summary>The subsidiebeschikking a subsidy received is paid under.</summary>
    public Guid? BeschikkingId { get; private set; }

    /// <summary>For a tegenboeking: the entry it reverses.</summary>
    public Guid? TegenboekingVanId { get; private set; }

    public string GeboektDoor { get; private set; } = "";

    public DateTimeOffset GeboektOp { get; private set; }

    public Bedrag Totaal => Regels.Aggregate(Bedrag.Nul, (som, r) => som + r.Debet);

    /// <summary>
    /// The rules every entry obeys: at least two lines (an opening balance may be empty: a group that starts with
    /// nothing), each line on one side with a positive amount, accounts of the chart, and debits equal to credits.
    /// </summary>
    internal static void Controleer(IReadOnlyList<Journaalregel> regels, IReadOnlyList<Grootboekrekening> rekeningen, bool opening)
    {
        if (regels.Count > MeesteRegels)
            throw new DomainException($"Een journaalpost heeft hoogstens {MeesteRegels} regels.");
        if (regels.Count < 2 && !(opening && regels.Count == 0))
            throw new DomainException("Een journaalpost heeft minstens twee regels: wat debet staat, staat ergens anders credit.");
        foreach (var regel in regels)
        {
            if (regel.Debet.IsNegatief || regel.Credit.IsNegatief)
                throw new DomainException("Een bedrag in een journaalpost is nooit negatief; boek het aan de andere kant.");
            if ((regel.Debet > Bedrag.Nul) == (regel.Credit > Bedrag.Nul))
                throw new DomainException($"Elke regel staat óf debet óf credit, met een bedrag groter dan nul (rekening {regel.Rekening}).");
            var rekening = rekeningen.FirstOrDefault(r => r.Code == regel.Rekening)
                ?? throw new DomainException($"Rekening {regel.Rekening} staat niet in het rekeningschema van deze administratie.");
            if (opening && !rekening.IsBalansrekening)
                throw new DomainException($"Een openingsbalans boekt alleen op balansrekeningen; {rekening.Code} {rekening.Omschrijving} is een resultaatrekening.");
        }
        var debet = regels.Aggregate(Bedrag.Nul, (som, r) => som + r.Debet);
        var credit = regels.Aggregate(Bedrag.Nul, (som, r) => som + r.Credit);
        if (debet != credit)
            throw new DomainException($"De journaalpost is niet in evenwicht: debet {debet}, credit {credit}. Een boeking wordt pas gemaakt als beide kanten gelijk zijn.");
    }
}

/// <summary>Sums of entries per account.</summary>
public static class Grootboek
{
    public sealed record Totalen(Bedrag Debet, Bedrag Credit)
    {
        /// <summary>The balance on the account's own side (debit minus credit for activa and lasten, the reverse otherwise).</summary>
        public Bedrag Saldo(Grootboekrekening rekening) => rekening.IsDebetrekening ? Debet - Credit : Credit - Debet;
    }

    public static Dictionary<string, Totalen> PerRekening(IEnumerable<Journaalpost> posten)
    {
        var totalen = new Dictionary<string, Totalen>();
        foreach (var regel in posten.SelectMany(p => p.Regels))
        {
            var huidig = totalen.GetValueOrDefault(regel.Rekening, new Totalen(Bedrag.Nul, Bedrag.Nul));
            totalen[regel.Rekening] = new Totalen(huidig.Debet + regel.Debet, huidig.Credit + regel.Credit);
        }
        return totalen;
    }
}
