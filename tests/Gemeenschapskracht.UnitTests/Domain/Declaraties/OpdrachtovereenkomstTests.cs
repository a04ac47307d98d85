using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.UnitTests.Domain.Administraties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.UnitTests.Domain.Declaraties;

/// <summary>
/// A group's contract with a local zzp'er (R5.5): its terms, the checks every invoice passes against it (number,
/// period, hours, amount, VAT), the invoice that becomes a declaratie with the contract's payee and cost account and
/// then goes through the same four eyes, and no contract in the name of a coordinator the host employs.
/// </summary>
public sealed class OpdrachtovereenkomstTests
{
    private static readonly DateTimeOffset April2027 = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Boekhouder = Guid.NewGuid();
    private static readonly Guid Tweede = Guid.NewGuid();

    private static Administratie Administratie() => new(AdministratieTests.Host(), AdministratieTests.Groep(), new DateOnly(2027, 1, 1), April2027);

    private static Opdrachtvoorwaarden Voorwaarden(decimal uren = 40m, long tarief = 45_00, int btw = 21, string rekening = Activiteiten,
        DateOnly? van = null, DateOnly? tot = null, string naam = "Sportcoach Yusuf Demir", string kvk = "81234567") =>
        new(naam, kvk, "NL91ABNA0417164300", "Wekelijkse sportles voor kinderen op het Balkonplein", uren, new Bedrag(tarief), btw,
            van ?? new DateOnly(2027, 3, 1), tot ?? new DateOnly(2027, 8, 31), rekening);

    private static Opdrachtovereenkomst Opdracht(Administratie administratie, decimal uren = 40m) => new(administratie, Voorwaarden(uren), [], April2027);

    private static Zzpfactuur Factuur(string nummer = "2027-014", decimal uren = 10m, long exclusief = 450_00, long btw = 94_50,
        DateOnly? van = null, DateOnly? tot = null, DateOnly? datum = null) =>
        new(nummer, datum ?? new DateOnly(2027, 4, 1), van ?? new DateOnly(2027, 3, 1), tot ?? new DateOnly(2027, 3, 31), uren, new Bedrag(exclusief), new Bedrag(btw));

    [Fact]
    public void R5_5_a_contract_names_a_registered_zzper_a_valid_iban_its_scope_hours_a_rate_a_vat_rate_a_period_and_a_cost_account()
    {
        var administratie = Administratie();
        Opdrachtvoorwaarden[] fout = [Voorwaarden(uren: 0), Voorwaarden(uren: 2001), Voorwaarden(uren: 1.005m), Voorwaarden(tarief: 0), Voorwaarden(btw: 19),
            Voorwaarden(rekening: Bank), Voorwaarden(rekening: "9999"), Voorwaarden(kvk: "1234567"), Voorwaarden(naam: " "),
            Voorwaarden(van: new DateOnly(2027, 5, 1), tot: new DateOnly(2027, 4, 30)), Voorwaarden(tot: new DateOnly(2029, 3, 2)),
            Voorwaarden() with { Iban = "NL91ABNA0417164301" }, Voorwaarden() with { Omschrijving = "" }];

        Assert.All(fout, v => Assert.Throws<DomainException>(() => new Opdrachtovereenkomst(administratie, v, [], April2027)));
        var opdracht = new Opdrachtovereenkomst(administratie, Voorwaarden() with { Iban = "nl91 abna 0417 1643 00" }, [], April2027);
        Assert.Equal(("NL91ABNA0417164300", new Bedrag(1800_00), administratie.GroepId, administratie.HostOrganisatieId),
            (opdracht.Iban, opdracht.Plafond, opdracht.GroepId, opdracht.HostOrganisatieId));
    }

    [Fact]
    public void R5_5_a_coordinator_employed_by_the_host_gets_no_contract_as_a_zzper()
    {
        var fout = Assert.Throws<DomainException>(() => new Opdrachtovereenkomst(Administratie(), Voorwaarden(naam: "Sanne de Vries"), ["sanne de vries "], April2027));

        Assert.Contains("coördinator in dienst van de host", fout.Message);
    }

    [Fact]
    public void R5_5_an_invoice_is_checked_against_its_contract_period_hours_amount_and_vat()
    {
        var opdracht = Opdracht(Administratie());
        (Zzpfactuur Factuur, string Reden)[] fout =
        [
            (Factuur(van: new DateOnly(2027, 2, 20)), "buiten de opdracht"),
            (Factuur(tot: new DateOnly(2027, 9, 1)), "buiten de opdracht"),
            (Factuur(van: new DateOnly(2027, 3, 31), tot: new DateOnly(2027, 3, 1)), "eindigt op of na"),
            (Factuur(exclusief: 449_99), "het tarief van de opdracht"),
            (Factuur(btw: 0), "21%"),
            (Factuur(uren: 41m, exclusief: 1845_00, btw: 387_45), "hoogstens 40 uur"),
            (Factuur(datum: new DateOnly(2027, 4, 16)), "toekomst"),
            (Factuur(nummer: " "), "factuurnummer"),
            (Factuur(uren: 0, exclusief: 0, btw: 0), "groter dan nul"),
        ];

        Assert.All(fout, f => Assert.Contains(f.Reden, Assert.Throws<DomainException>(() => opdracht.ControleerFactuur(f.Factuur, [], [], April2027)).Message));
        var versie = opdracht.Versie;
        opdracht.ControleerFactuur(Factuur(uren: 2.5m, exclusief: 112_50, btw: 23_63), [], [], April2027);
        Assert.Equal(versie + 1, opdracht.Versie);
    }

    [Fact]
    public void R5_5_invoices_together_stay_within_the_contracted_hours_and_a_number_comes_once()
    {
        var opdracht = Opdracht(Administratie(), uren: 20m);
        Zzpfactuur[] eerder = [Factuur("2027-010", uren: 10m), Factuur("2027-011", uren: 8m, exclusief: 360_00, btw: 75_60)];

        var teVeel = Assert.Throws<DomainException>(() => opdracht.ControleerFactuur(Factuur("2027-012", uren: 2.25m, exclusief: 101_25, btw: 21_26), eerder,
            ["2027-010", "2027-011"], April2027));
        Assert.Contains("20,25 uur", teVeel.Message.Replace('.', ','));
        Assert.Contains("al vastgelegd", Assert.Throws<DomainException>(() => opdracht.ControleerFactuur(Factuur("2027-010", uren: 1m, exclusief: 45_00, btw: 9_45),
            [], ["2027-010"], April2027)).Message);
        opdracht.ControleerFactuur(Factuur("2027-012", uren: 2m, exclusief: 90_00, btw: 18_90), eerder, ["2027-010", "2027-011"], April2027);
    }

    [Fact]
    public void R5_5_a_contract_is_not_changed_below_what_was_invoiced()
    {
        var administratie = Administratie();
        var opdracht = Opdracht(administratie);
        Zzpfactuur[] gefactureerd = [Factuur(uren: 10m)];

        Assert.Throws<DomainException>(() => opdracht.Wijzig(administratie, Voorwaarden(uren: 9.5m), [], gefactureerd, April2027));
        Assert.Throws<DomainException>(() => opdracht.Wijzig(administratie, Voorwaarden(van: new DateOnly(2027, 3, 15)), [], gefactureerd, April2027));
        Assert.Throws<DomainException>(() => opdracht.Wijzig(Administratie(), Voorwaarden(), [], gefactureerd, April2027));
        opdracht.Wijzig(administratie, Voorwaarden(uren: 60m, tarief: 50_00), [], gefactureerd, April2027);
        Assert.Equal((60m, new Bedrag(50_00)), (opdracht.Uren, opdracht.Uurtarief));
    }

    [Fact]
    public void R5_5_an_invoice_becomes_a_declaratie_to_the_zzper_on_the_contracts_cost_account_approved_with_four_eyes()
    {
        var administratie = Administratie();
        var opdracht = Opdracht(administratie);

        var declaratie = Declaratie.VoorFactuur(administratie, 3, opdracht, Factuur(), [], [], Boekhouder, "Backoffice", April2027);
        declaratie.VervangBonnetje(Bonnetje.Van(declaratie.Id, "factuur.pdf", "%PDF-1.7\n"u8, April2027), April2027);
        declaratie.DienIn(Hostorganisatie.StandaardVierOgenDrempel, "Backoffice", April2027);

        Assert.Equal((DeclaratieSoort.Factuur, opdracht.Id, new Bedrag(544_50), Activiteiten, "Sportcoach Yusuf Demir", "NL91ABNA0417164300", 2),
            (declaratie.Soort, declaratie.OpdrachtovereenkomstId, declaratie.Bedrag, declaratie.Rekening, declaratie.NaamBegunstigde, declaratie.Iban,
             declaratie.BenodigdeGoedkeuringen));
        Assert.Throws<DomainException>(() => declaratie.KeurGoed(Boekhouder, "Backoffice", April2027));
        declaratie.KeurGoed(Tweede, "Tweede", April2027);
        Assert.Throws<DomainException>(() => declaratie.KeurGoed(Tweede, "Tweede", April2027));
    }

    [Fact]
    public void R5_5_an_invoice_under_a_contract_is_not_edited_as_an_expense_and_belongs_to_the_contracts_administratie()
    {
        var administratie = Administratie();
        var opdracht = Opdracht(administratie);
        var declaratie = Declaratie.VoorFactuur(administratie, 1, opdracht, Factuur(), [], [], Boekhouder, "Backoffice", April2027);

        Assert.Contains("factuur onder een opdracht", Assert.Throws<DomainException>(() => declaratie.Wijzig(administratie,
            new Declaratiegegevens(new Bedrag(1_00), new DateOnly(2027, 4, 1), Activiteiten, "Iets anders", "Iemand", "NL91ABNA0417164300"), April2027)).Message);
        Assert.Throws<DomainException>(() => Declaratie.VoorFactuur(Administratie(), 1, opdracht, Factuur("2027-099"), [], [], Boekhouder, "Backoffice", April2027));
    }
}
