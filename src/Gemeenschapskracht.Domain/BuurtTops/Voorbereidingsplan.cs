using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>A member of a preparation working group: a name and, when given, a role; the organiser's own words.</summary>
public sealed record Werkgroeplid(string Naam, string? Rol);

/// <summary>A working group that prepares a theme (R3.5).</summary>
public sealed record Werkgroep(Guid Id, string Naam, string? Thema, IReadOnlyList<Werkgroeplid> Leden);

/// <summary>A step of the preparation with its date; <see cref="Gereed"/> once done.</summary>
public sealed record Mijlpaal(Guid Id, string Omschrijving, DateOnly Datum, bool Gereed);

/// <summary>A line of the preparation budget.</summary>
public sealed record Begrotingspost(string Omschrijving, Bedrag Bedrag);

/// <summary>The paid project leader of the preparation (R3.5: "een projectleider één dag per week, betaald uit subsidie").</summary>
public sealed record Projectleider(string? Naam, decimal Uren, Bedrag Bedrag);

/// <summary>Progress against the date: milestones done, due by today, and overdue (due and not done).</summary>
public sealed record Voortgang(int Mijlpalen, int Gereed, int Verschuldigd, int Achterstallig, int DagenTotBuurtTop);

/// <summary>
/// The preparation plan of a BuurtTop (R3.5): themes, working groups, milestones over at most a year before the date,
/// information needs, and a budget including a paid project leader. One value, replaced whole (ADR 0016).
/// </summary>
public sealed record Voorbereidingsplan(
    IReadOnlyList<string> Themas,
    IReadOnlyList<Werkgroep> Werkgroepen,
    IReadOnlyList<Mijlpaal> Mijlpalen,
    IReadOnlyList<string> Informatiebehoeften,
    IReadOnlyList<Begrotingspost> Begroting,
    Projectleider? Projectleider)
{
    /// <summary>The longest preparation the plan covers: a year before the BuurtTop (R3.5).</summary>
    public const int MaandenVoorbereiding = 12;

    public static Voorbereidingsplan Leeg => new([], [], [], [], [], null);

    public Bedrag Totaal => Begroting.Aggregate(Projectleider?.Bedrag ?? Bedrag.Nul, (som, post) => som + post.Bedrag);

    /// <summary>Refuses a plan that cannot be: milestones outside the year before the date, negative amounts or hours, twice the same id.</summary>
    public void Controleer(DateOnly buurtTopDatum)
    {
        var vroegst = buurtTopDatum.AddMonths(-MaandenVoorbereiding);
        foreach (var mijlpaal in Mijlpalen)
        {
            if (mijlpaal.Datum < vroegst)
                throw new DomainException($"De mijlpaal '{mijlpaal.Omschrijving}' ligt meer dan een jaar voor de BuurtTop ({vroegst:dd-MM-yyyy} is de vroegste datum).");
            if (mijlpaal.Datum > buurtTopDatum)
                throw new DomainException($"De mijlpaal '{mijlpaal.Omschrijving}' ligt na de BuurtTop; de voorbereiding is klaar op de dag zelf.");
        }
        if (Begroting.Any(p => p.Bedrag.IsNegatief))
            throw new DomainException("Een post van de begroting kan niet negatief zijn.");
        if (Projectleider is { } leider && (leider.Uren < 0 || leider.Bedrag.IsNegatief))
            throw new DomainException("De uren en het bedrag van de projectleider kunnen niet negatief zijn.");
        var ids = new HashSet<Guid>();
        if (Mijlpalen.Select(m => m.Id).Concat(Werkgroepen.Select(w => w.Id)).Any(id => !ids.Add(id)))
            throw new DomainException("Twee onderdelen van het voorbereidingsplan hebben hetzelfde id.");
    }

    public Voortgang VoortgangOp(DateOnly vandaag, DateOnly buurtTopDatum) => new(
        Mijlpalen.Count,
        Mijlpalen.Count(m => m.Gereed),
        Mijlpalen.Count(m => m.Datum <= vandaag),
        Mijlpalen.Count(m => !m.Gereed && m.Datum < vandaag),
        buurtTopDatum.DayNumber - vandaag.DayNumber);
}
