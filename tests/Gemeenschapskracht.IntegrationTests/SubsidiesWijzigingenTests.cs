using System.Net;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>Wijziging and intrekking of a verlening (Awb 4:48, 4:50) and a vaststelling (4:49), and the afbouw term of 4:51.</summary>
public sealed partial class SubsidiesTests
{
    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_48)]
    [Trait("Regel", Regelcatalogus.Awb4_50)]
    [Trait("Regel", Regelcatalogus.Awb4_51)]
    [Trait("Regel", Regelcatalogus.G9)]
    [Trait("Regel", Regelcatalogus.Awb6_7)]
    public async Task A_verlening_is_lowered_on_its_ground_and_a_subsidy_of_three_years_is_cut_only_for_the_future_with_an_afbouw_term_Awb_4_48_4_50_4_51()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");
        var griffie = await fixture.AuthenticatedAsync(Griffie, "amsterdam");
        var regeling = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/subsidieregelingen", Regeling(100_000_00, Jaar, Jaar + 2)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await OpenAsync(beleid, regeling);
        // €24,000 over three years, divided by their days: a voorschot at the start of each year.
        var beschikking = await VerleenAsync(beleid, bewoners, regeling, 24_000_00, $"{Jaar}-01-01", $"{Jaar + 2}-12-31", new
        {
            bedragEurocent = 24_000_00L, motivering = "Het buurthuis drie jaar open.", activiteiten = "Het buurthuis vijf dagen per week open.",
            verplichtingen = Array.Empty<string>(),
        });
        var id = beschikking["id"]!.GetValue<Guid>();

        await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "onbekendeFeiten", 16_000_00))).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "activiteitenNietVerricht", 24_000_00))).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "activiteitenNietVerricht", 21_000_00) with { Toelichting = " " })).AssertProblemAsync(400);
        await (await bewoners.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "activiteitenNietVerricht", 21_000_00))).AssertProblemAsync(403);
        Assert.Equal(24_000_00, (await LeesAsync(await beleid.GetAsync($"/api/v1/beschikkingen/{id}")))["bedragEurocent"]!.GetValue<long>());

        // 4:48: the activities on Fridays stop; back to the verlening, the cut taken from the last voorschotten.
        var verlaagd = await LeesAsync(await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "activiteitenNietVerricht", 21_000_00)), HttpStatusCode.Created);
        Assert.Equal(("verlening", false, 24_000_00L, 21_000_00L, 0L),
            (verlaagd["betreft"]!.GetValue<string>(), verlaagd["intrekking"]!.GetValue<bool>(), verlaagd["oudBedragEurocent"]!.GetValue<long>(),
             verlaagd["nieuwBedragEurocent"]!.GetValue<long>(), verlaagd["terugvorderingEurocent"]!.GetValue<long>()));
        Assert.Equal(beschikking["genomenOp"]!.GetValue<DateTimeOffset>().UtcDateTime.Date, DateTime.Parse(verlaagd["werkingVanaf"]!.GetValue<string>()));
        var na = await LeesAsync(await beleid.GetAsync($"/api/v1/beschikkingen/{id}"));
        var voorschotten = na["voorschotten"]!.AsArray().Select(v => v!["bedragEurocent"]!.GetValue<long>()).ToList();
        Assert.Equal(21_000_00, na["bedragEurocent"]!.GetValue<long>());
        var eerst = beschikking["voorschotten"]!.AsArray().Select(v => v!["bedragEurocent"]!.GetValue<long>()).ToList();
        Assert.Equal([eerst[0], eerst[1], eerst[2] - 3_000_00], voorschotten);
        Assert.Equal(21_000_00, na["jaren"]!.AsArray().Sum(j => j!["bedragEurocent"]!.GetValue<long>()));

        // 4:50 for an organisation subsidised three years in a row: only from a later date, after an afbouw term (4:51).
        var vanaf = $"{Jaar + 2}-01-01";
        var totVanaf = eerst[0] + eerst[1];
        var zonderTermijn = await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "veranderdeOmstandigheden", totVanaf) with { Ingang = vanaf })).AssertProblemAsync(400);
        Assert.Contains("4:51", zonderTermijn["detail"]!.GetValue<string>());
        var vandaag = Kalender.Dag(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        var terug = await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "veranderdeOmstandigheden", totVanaf) with { Ingang = vandaag, AfbouwTot = $"{Jaar + 1}-12-31" })).AssertProblemAsync(400);
        Assert.Contains("later tijdstip", terug["detail"]!.GetValue<string>());
        var teVeel = await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "veranderdeOmstandigheden", totVanaf - 1) with { Ingang = vanaf, AfbouwTot = $"{Jaar + 1}-12-31" })).AssertProblemAsync(400);
        Assert.Contains("alleen voor de toekomst", teVeel["detail"]!.GetValue<string>());
        var afgebouwd = await LeesAsync(await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten",
            Wijziging(id, "veranderdeOmstandigheden", totVanaf) with { Ingang = vanaf, AfbouwTot = $"{Jaar + 1}-12-31" }), HttpStatusCode.Created);
        Assert.Equal($"{Jaar + 1}-12-31", afgebouwd["afbouwTot"]!.GetValue<string>());
        var daarna = await LeesAsync(await beleid.GetAsync($"/api/v1/beschikkingen/{id}"));
        Assert.Equal(totVanaf, daarna["bedragEurocent"]!.GetValue<long>());
        Assert.All(daarna["voorschotten"]!.AsArray(), v => Assert.True(DateOnly.Parse(v!["datum"]!.GetValue<string>()).Year <= Jaar + 1));

        // The raad sees the phase-out; the recipient its letters; another organisation nothing.
        var signalen = await LeesAsync(await griffie.GetAsync("/api/v1/afbouwsignalen"));
        var signaal = signalen["items"]!.AsArray().Single(s => s!["kenmerk"]!.GetValue<string>() == afgebouwd["kenmerk"]!.GetValue<string>())!;
        Assert.Equal(("afgebouwd", 3), (signaal["soort"]!.GetValue<string>(), signaal["aaneengeslotenJaren"]!.GetValue<int>()));
        Assert.Equal(2, (await LeesAsync(await bewoners.GetAsync($"/api/v1/wijzigingsbesluiten?beschikkingId={id}")))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync($"/api/v1/wijzigingsbesluiten?beschikkingId={id}")))["totalCount"]!.GetValue<int>());
        await (await anderen.GetAsync($"/api/v1/wijzigingsbesluiten/{afgebouwd["id"]}/document")).AssertProblemAsync(404);
        var anderGemeente = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        Assert.Equal(0, (await LeesAsync(await anderGemeente.GetAsync("/api/v1/wijzigingsbesluiten")))["totalCount"]!.GetValue<int>());
        await (await anderGemeente.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "activiteitenNietVerricht", 1_00))).AssertProblemAsync(404);

        using var pdf = await bewoners.GetAsync($"/api/v1/wijzigingsbesluiten/{afgebouwd["id"]}/document");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(bytes, "beschikking-wijziging.pdf");
        var tekst = PdfFiles.Text(bytes);
        Assert.Contains("Beschikking: wijziging van de subsidieverlening", tekst);
        Assert.Contains("4:50", tekst);
        Assert.Contains("4:51", tekst);
        Assert.Contains("6:7", tekst);
        Assert.Contains(Toelichting, tekst);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_48)]
    [Trait("Regel", Regelcatalogus.Awb4_49)]
    public async Task A_withdrawn_verlening_is_neither_paid_nor_set_and_a_vaststelling_is_lowered_only_on_a_ground_of_Awb_4_49()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var regeling = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/subsidieregelingen", Regeling(10_000_00, Jaar + 1, Jaar + 1)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await OpenAsync(beleid, regeling);

        var ingetrokken = (await VerleenAsync(beleid, bewoners, regeling, 600_00, $"{Jaar + 1}-03-01", $"{Jaar + 1}-10-31"))["id"]!.GetValue<Guid>();
        var intrekking = await LeesAsync(await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(ingetrokken, "verplichtingenNietNagekomen", 0)), HttpStatusCode.Created);
        Assert.True(intrekking["intrekking"]!.GetValue<bool>());
        var na = await LeesAsync(await beleid.GetAsync($"/api/v1/beschikkingen/{ingetrokken}"));
        Assert.NotNull(na["ingetrokkenOp"]);
        Assert.Empty(na["voorschotten"]!.AsArray());
        await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(ingetrokken, "verplichtingenNietNagekomen", 0))).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync("/api/v1/vaststellingen", new { beschikkingId = ingetrokken, bedragEurocent = 0L })).AssertProblemAsync(400);
        using (var pdf = await beleid.GetAsync($"/api/v1/wijzigingsbesluiten/{intrekking["id"]}/document"))
            Assert.Contains("Beschikking: intrekking van de subsidieverlening", PdfFiles.Text(await pdf.Content.ReadAsByteArrayAsync()));

        var id = (await VerleenAsync(beleid, bewoners, regeling, 500_00, $"{Jaar + 1}-03-01", $"{Jaar + 1}-10-31"))["id"]!.GetValue<Guid>();
        await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "onbekendeFeiten", 300_00))).AssertProblemAsync(400);
        var vaststelling = await LeesAsync(await beleid.PostJsonAsync("/api/v1/vaststellingen", new { beschikkingId = id, bedragEurocent = 500_00L }), HttpStatusCode.Created);
        await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "activiteitenNietVerricht", 300_00))).AssertProblemAsync(400);
        var zonderDag = await (await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "verplichtingenNaVaststelling", 300_00))).AssertProblemAsync(400);
        Assert.Contains("verplichting", zonderDag["detail"]!.GetValue<string>());

        var gewijzigd = await LeesAsync(await beleid.PostJsonAsync("/api/v1/wijzigingsbesluiten", Wijziging(id, "onbekendeFeiten", 300_00)), HttpStatusCode.Created);
        Assert.Equal(("vaststelling", vaststelling["id"]!.GetValue<Guid>()), (gewijzigd["betreft"]!.GetValue<string>(), gewijzigd["vaststellingId"]!.GetValue<Guid>()));
        var nieuw = (await LeesAsync(await beleid.GetAsync($"/api/v1/vaststellingen?beschikkingId={id}")))["items"]![0]!;
        Assert.Equal(300_00, nieuw["vastgesteldEurocent"]!.GetValue<long>());
        Assert.Equal(300_00 - nieuw["betaaldeVoorschottenEurocent"]!.GetValue<long>(), nieuw["saldoEurocent"]!.GetValue<long>());
    }

    private const string Toelichting = "Het buurthuis gaat vanaf januari op in het nieuwe wijkcentrum; de raad besloot dat in de voorjaarsnota.";

    private sealed record WijzigingBody(Guid BeschikkingId, string Grond, long NieuwBedragEurocent, string Toelichting, string? Ingang, string? AfbouwTot, string? OvertredenOp);

    private static WijzigingBody Wijziging(Guid beschikking, string grond, long nieuw) => new(beschikking, grond, nieuw, Toelichting, null, null, null);
}
