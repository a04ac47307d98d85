using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten;

/// <summary>A vastgestelde methodiek over two funding sources and the lines of a wijkbudget, for the budget tests.</summary>
internal static class WijkbudgetFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly Financieringsbron Wmo = new(Guid.NewGuid(), "Welzijn Wmo", "Wmo 2015", new Bedrag(1_000_000_00), Financieringsinstrument.Aanbesteding, null, null);

    public static readonly Financieringsbron Jeugd = new(Guid.NewGuid(), "Jongerenwerk", "Jeugdwet", new Bedrag(400_000_00), Financieringsinstrument.Subsidie, null, null);

    public static readonly Guid Waarde = Guid.NewGuid();

    public static readonly Guid Ambitie = Guid.NewGuid();

    public static readonly Verwijzingen Bekend = new(new HashSet<Guid> { Ambitie }, new HashSet<Guid> { Waarde });

    public static MethodiekInhoud Inhoud(params Criterium[] criteria) => new(
        [new Envelopdeel(Wmo.Id, Wmo.Naam, new Bedrag(600_000_00)), new Envelopdeel(Jeugd.Id, Jeugd.Naam, new Bedrag(400_000_00))],
        criteria.Length > 0 ? criteria :
        [
            new Criterium(Guid.NewGuid(), "Basis", CriteriumSoort.Gelijk, null, Aandeel.FromProcent(20)),
            new Criterium(Guid.NewGuid(), "Inwoners", CriteriumSoort.Aantal, "AantalInwoners", Aandeel.FromProcent(50)),
            new Criterium(Guid.NewGuid(), "Lage inkomens", CriteriumSoort.PercentageVanInwoners, "HuishoudensMetEenLaagInkomen", Aandeel.FromProcent(30)),
        ],
        Aandeel.FromProcent(25), 6);

    public static Budgetmethodiek Vastgesteld()
    {
        var methodiek = new Budgetmethodiek(1, "Wijkbudgetten 2027", Inhoud(), [Wmo, Jeugd], Now);
        methodiek.StelVast(new Raadsbesluit(new DateOnly(2026, 11, 12), "RB-2026-88", null), null, Now);
        return methodiek;
    }

    public static IReadOnlyList<Jaarbedrag> PerJaar(long eurocent, int startJaar = 2027, int jaren = 4) =>
        Enumerable.Range(startJaar, jaren).Select(j => new Jaarbedrag(j, new Bedrag(eurocent))).ToList();

    public static Budgetregel Ondersteuning(long eurocent = 30_000_00, int startJaar = 2027, int jaren = 4) =>
        new(Guid.NewGuid(), "Huur buurthuis en coördinator", BudgetCategorie.OrganisatorischeOndersteuning, null, Waarde, PerJaar(eurocent, startJaar, jaren));

    public static Budgetregel Activiteiten(long eurocent = 70_000_00, int startJaar = 2027, int jaren = 4) =>
        new(Guid.NewGuid(), "Groen binnenterrein", BudgetCategorie.Activiteiten, Ambitie, null, PerJaar(eurocent, startJaar, jaren));

    public static IReadOnlyList<Bronaandeel> Mix() =>
        [new Bronaandeel(Wmo.Id, Wmo.Naam, Aandeel.FromProcent(60)), new Bronaandeel(Jeugd.Id, Jeugd.Naam, Aandeel.FromProcent(40))];

    public static Wijkbudget Voorgesteld(Budgetmethodiek? methodiek = null) =>
        new(Guid.NewGuid(), methodiek ?? Vastgesteld(), 2027, 4, [Ondersteuning(), Activiteiten()], Mix(), Bekend, Now);

    public static Raadsbesluit Besluit(DateOnly? datum = null) => new(datum ?? new DateOnly(2026, 11, 26), "RB-2026-101", null);

    public static Wijkbudget Toegekend(Budgetmethodiek methodiek)
    {
        var budget = Voorgesteld(methodiek);
        budget.KenToe(Besluit(), methodiek.Inhoud.OndersteuningsVloer, Now);
        return budget;
    }
}
