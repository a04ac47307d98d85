using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.UnitTests.Domain.Administraties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// The people of the AVG tests, Fatima (who asks) and Joop (who does not), and the declaraties of a group as far as
/// the payment batch, built as <see cref="Declaraties.DeclaratieTests"/> builds them.
/// </summary>
internal static class PersoonsgegevensFixtures
{
    public static readonly DateTimeOffset April2027 = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);

    public const string FatimaNaam = "Fatima el Amrani";
    public const string FatimaEmail = "fatima@example.org";
    public const string FatimaIban = "NL91ABNA0417164300";

    public const string JoopNaam = "Joop Jansen";
    public const string JoopIban = "NL20INGB0001234567";

    public const string HostIban = "NL39RABO0300065264";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static readonly Guid Vrijwilliger = Guid.NewGuid();
    private static readonly Guid Boekhouder = Guid.NewGuid();

    public static Administratie NieuweAdministratie(Hostorganisatie host) => new(host, AdministratieTests.Groep(), new DateOnly(2027, 1, 1), April2027);

    public static Declaratie Ingediend(Administratie administratie, int nummer = 1, string naam = FatimaNaam, string iban = FatimaIban, long cent = 56_30)
    {
        var gegevens = new Declaratiegegevens(new Bedrag(cent), new DateOnly(2027, 4, 10), Activiteiten, "Verf voor de buurtbank", naam, iban);
        var declaratie = new Declaratie(administratie, nummer, gegevens, Vrijwilliger, naam, April2027);
        declaratie.VervangBonnetje(Bonnetje.Van(declaratie.Id, "bon.png", Png, April2027), April2027);
        declaratie.DienIn(Hostorganisatie.StandaardVierOgenDrempel, naam, April2027);
        return declaratie;
    }

    public static Declaratie Goedgekeurd(Administratie administratie, int nummer = 1, string naam = FatimaNaam, string iban = FatimaIban)
    {
        var declaratie = Ingediend(administratie, nummer, naam, iban);
        declaratie.KeurGoed(Boekhouder, "Boekhouder", April2027);
        return declaratie;
    }

    public static Declaratie Afgewezen(Administratie administratie)
    {
        var declaratie = Ingediend(administratie);
        declaratie.Beoordeel(DeclaratieUitkomst.Afgewezen, "Geen uitgave voor de groep", "Boekhouder", April2027);
        return declaratie;
    }

    /// <summary>Approved declaraties in one batch of the host, not yet executed by the bank.</summary>
    public static Declaratiebetaling Klaargezet(Hostorganisatie host, Administratie administratie, params Declaratie[] declaraties) =>
        new(host, "Stichting Welzijn Oost", HostIban, new DateOnly(2027, 4, 15), declaraties,
            [new Groepssaldo(administratie.Id, "Buurtgroep Portiek 12", new Bedrag(1_000_00))], April2027);

    /// <summary>The batch executed on 15 April 2027: every declaratie in it is paid.</summary>
    public static Declaratiebetaling Uitgevoerd(Hostorganisatie host, Administratie administratie, params Declaratie[] declaraties)
    {
        var betaling = Klaargezet(host, administratie, declaraties);
        betaling.MarkeerUitgevoerd(new DateOnly(2027, 4, 15), declaraties, [administratie], "Boekhouder", April2027);
        return betaling;
    }

    public static Declaratie Betaald(Administratie administratie, Hostorganisatie host)
    {
        var declaratie = Goedgekeurd(administratie);
        Uitgevoerd(host, administratie, declaratie);
        return declaratie;
    }
}
