using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Api.Seeding;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The AVG over HTTP on the demo gemeente Voorbeeldstad: access to everything about a person (JSON and PDF), erasure with
/// one pseudonym that keeps the records, the register of processing activities, the retention terms; every refusal is a
/// Dutch problem that changes nothing, and another gemeente sees nothing of the person.
/// </summary>
public sealed class PersoonsgegevensTests(DemoSeedTests.Factory factory) : IClassFixture<DemoSeedTests.Factory>
{
    private const string Url = "/api/v1/persoonsgegevens";
    private const string Versie = "conferentie-aanmelding-2026-1";
    private const string Vrijwilliger = "F. el Amrani";

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public async Task AVG_15_the_access_report_lists_every_record_about_a_person_by_activity_and_nothing_about_others()
    {
        var beheer = await BeheerAsync();
        var adres = await AangemeldAsync("Noor Jansen");
        await AangemeldAsync("Bram Peters");

        var inzage = await (await beheer.PostJsonAsync($"{Url}/inzage", new { email = $"  {adres.ToUpperInvariant()} " })).ReadExpectedAsync();
        var verwerking = Assert.Single(inzage["verwerkingen"]!.AsArray())!;
        Assert.Equal("Aanmeldingen voor een ervaringsconferentie", verwerking["verwerking"]!.GetValue<string>());
        Assert.Contains("Toestemming", verwerking["grondslag"]!.GetValue<string>());
        Assert.Contains("Noor Jansen", inzage.ToJsonString());
        Assert.DoesNotContain("Bram Peters", inzage.ToJsonString());
        Assert.Null(inzage["account"]);

        // By name, case and spacing aside: the demo's volunteer's declaraties and the batch that paid them; never a part of a name.
        var vrijwilliger = await (await beheer.PostJsonAsync($"{Url}/inzage", new { naam = "f.  EL amrani" })).ReadExpectedAsync();
        var soorten = vrijwilliger["verwerkingen"]!.AsArray().Select(v => v!["verwerking"]!.GetValue<string>()).ToList();
        Assert.Contains("Declaraties", soorten);
        Assert.Contains("Betalingen van declaraties", soorten);
        Assert.True(vrijwilliger["aantalGegevens"]!.GetValue<int>() >= 5);
        var deel = await (await beheer.PostJsonAsync($"{Url}/inzage", new { naam = "Amrani" })).ReadExpectedAsync();
        Assert.Equal(0, deel["aantalGegevens"]!.GetValue<int>());

        // The same report, readable, for the person.
        using var pdf = await beheer.PostJsonAsync($"{Url}/inzage/document", new { naam = Vrijwilliger });
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var tekst = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("Inzageinpersoonsgegevens", tekst.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("Declaraties", tekst);
        Assert.Contains("Autoriteit", tekst);

        // Another gemeente holds nothing of her.
        var ander = await factory.AuthenticatedAsync(DemoSeedTests.OeverdorpBeheer, "oeverdorp");
        var elders = await (await ander.PostJsonAsync($"{Url}/inzage", new { email = adres })).ReadExpectedAsync();
        Assert.Equal(0, elders["aantalGegevens"]!.GetValue<int>());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public async Task AVG_17_erasure_replaces_the_person_by_one_pseudonym_and_keeps_the_records()
    {
        var beheer = await BeheerAsync();
        var adres = await AangemeldAsync("Sem de Boer");
        var conferentie = await ConferentieAsync();
        var voor = await AantalAangemeldAsync(conferentie);

        var anonimisering = await (await beheer.PostJsonAsync($"{Url}/anonimiseringen", new { email = adres, reden = "Verzoek per e-mail van 1 december" }))
            .ReadExpectedAsync();
        var pseudoniem = anonimisering["pseudoniem"]!.GetValue<string>();
        Assert.Matches("^Betrokkene [A-Z2-9]{8}$", pseudoniem);
        Assert.Equal(1, anonimisering["aantalGegevens"]!.GetValue<int>());
        Assert.False(anonimisering["accountGewist"]!.GetValue<bool>());

        // The registration stays, under the pseudonym; nothing is left to find, and nothing left to erase.
        Assert.Equal(voor, await AantalAangemeldAsync(conferentie));
        var aanmeldingen = (await (await beheer.GetAsync($"/api/v1/ervaringsconferenties/{conferentie}/aanmeldingen")).ReadExpectedAsync()).ToJsonString();
        Assert.Contains(pseudoniem, aanmeldingen);
        Assert.DoesNotContain("Sem de Boer", aanmeldingen);
        Assert.DoesNotContain(adres, aanmeldingen);
        Assert.Equal(0, (await (await beheer.PostJsonAsync($"{Url}/inzage", new { email = adres })).ReadExpectedAsync())["aantalGegevens"]!.GetValue<int>());
        var nogmaals = await (await beheer.PostJsonAsync($"{Url}/anonimiseringen", new { email = adres, reden = "Nogmaals" })).AssertProblemAsync(400);
        Assert.Contains("niets te anonimiseren", nogmaals["detail"]!.GetValue<string>());

        // The gemeente's account of it names nobody.
        var lijst = await (await beheer.GetAsync($"{Url}/anonimiseringen")).ReadExpectedAsync();
        Assert.Contains(lijst["items"]!.AsArray(), a => a!["pseudoniem"]!.GetValue<string>() == pseudoniem);
        Assert.DoesNotContain(adres, lijst.ToJsonString());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public async Task AVG_17_a_record_that_still_needs_the_person_stops_the_whole_erasure_and_nothing_changes()
    {
        var beheer = await BeheerAsync();
        var voor = await (await beheer.PostJsonAsync($"{Url}/inzage", new { naam = Vrijwilliger })).ReadExpectedAsync();

        // The demo volunteer has declaraties still in hand (a concept, one submitted): none of her records is touched.
        var geweigerd = await (await beheer.PostJsonAsync($"{Url}/anonimiseringen", new { naam = Vrijwilliger, reden = "Verzoek" })).AssertProblemAsync(400);
        Assert.Contains("wordt nog behandeld", geweigerd["detail"]!.GetValue<string>());

        var na = await (await beheer.PostJsonAsync($"{Url}/inzage", new { naam = Vrijwilliger })).ReadExpectedAsync();
        Assert.Equal(Zonder(voor), Zonder(na));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public async Task AVG_17_an_account_is_erased_only_when_no_other_gemeente_has_the_person()
    {
        var beheer = await BeheerAsync();
        // The demo back office works for both demo gemeenten: erasing her here ends her roles here, not her account.
        var backoffice = $"backoffice@{DemoUserSeeder.Domain}";
        var voor = await (await beheer.PostJsonAsync($"{Url}/inzage", new { email = backoffice })).ReadExpectedAsync();
        Assert.Contains("backoffice", voor["account"]!["rollen"]!.AsArray().Select(r => r!.GetValue<string>()));
        var hier = await (await beheer.PostJsonAsync($"{Url}/anonimiseringen", new { email = backoffice, reden = "Verzoek" })).ReadExpectedAsync();
        Assert.False(hier["accountGewist"]!.GetValue<bool>());
        var na = await (await beheer.PostJsonAsync($"{Url}/inzage", new { email = backoffice })).ReadExpectedAsync();
        Assert.Empty(na["account"]!["rollen"]!.AsArray());

        // The demo raadslid is a member here only: the account goes, and her address no longer finds it.
        var raadslid = $"raadslid@{DemoUserSeeder.Domain}";
        var gewist = await (await beheer.PostJsonAsync($"{Url}/anonimiseringen", new { email = raadslid, reden = "Verzoek" })).ReadExpectedAsync();
        Assert.True(gewist["accountGewist"]!.GetValue<bool>());
        Assert.Null((await (await beheer.PostJsonAsync($"{Url}/inzage", new { email = raadslid })).ReadExpectedAsync())["account"]);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg30)]
    public async Task AVG_30_the_register_lists_every_entity_that_holds_personal_data_with_the_gemeentes_terms()
    {
        var auditor = await BeheerAsync();
        var register = await (await auditor.GetAsync($"{Url}/verwerkingsregister")).ReadExpectedAsync();
        var verwerkingen = register["verwerkingen"]!.AsArray();
        Assert.Equal("Accounts en lidmaatschappen", verwerkingen[0]!["naam"]!.GetValue<string>());
        var bronnen = verwerkingen.Select(v => v!["bron"]!.GetValue<string>()).ToList();
        Assert.All(Houders.Typen, type => Assert.Contains(type.Name, bronnen));
        Assert.All(verwerkingen, v =>
        {
            Assert.NotEmpty(v!["gegevens"]!.AsArray());
            Assert.False(string.IsNullOrWhiteSpace(v["grondslag"]!.GetValue<string>()));
        });
        var aanmeldingen = verwerkingen.Single(v => v!["bron"]!.GetValue<string>() == "Aanmelding")!;
        Assert.Contains("In deze gemeente:", aanmeldingen["bewaartermijn"]!.GetValue<string>());
        Assert.Contains("E-mailadres", aanmeldingen["gegevens"]!.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_input_is_a_Dutch_problem_that_changes_nothing()
    {
        var beheer = await BeheerAsync();
        var bewaarbeleid = $"{Url}/bewaarbeleid";
        var voor = await (await beheer.GetAsync(bewaarbeleid)).ReadExpectedAsync();

        var zonderVeld = await (await beheer.PutJsonAsync(bewaarbeleid, new { buurtTopAanmeldingenMaanden = 3 })).AssertProblemAsync(400);
        Assert.Contains("declaratieBankgegevensMaanden", zonderVeld.ToJsonString());
        var teLang = await (await beheer.PutJsonAsync(bewaarbeleid, new { buurtTopAanmeldingenMaanden = 121, declaratieBankgegevensMaanden = 13 })).AssertProblemAsync(400);
        Assert.Contains("hoogstens 120 maanden", teLang.ToJsonString());
        Assert.Equal(voor.ToJsonString(), (await (await beheer.GetAsync(bewaarbeleid)).ReadExpectedAsync()).ToJsonString());

        var niemand = await (await beheer.PostJsonAsync($"{Url}/inzage", new { email = " ", naam = "" })).AssertProblemAsync(400);
        Assert.Contains("Geef een e-mailadres, een naam of een IBAN", niemand.ToJsonString());
        var iban = await (await beheer.PostJsonAsync($"{Url}/inzage", new { iban = "NL00GEEN0000000000" })).AssertProblemAsync(400);
        Assert.Contains("geen geldig IBAN", iban.ToJsonString());
        var adres = await AangemeldAsync("Lotte Smit");
        var zonderReden = await (await beheer.PostJsonAsync($"{Url}/anonimiseringen", new { email = adres })).AssertProblemAsync(400);
        Assert.Contains("reden", zonderReden.ToJsonString());
        var inzage = await (await beheer.PostJsonAsync($"{Url}/inzage", new { email = adres })).ReadExpectedAsync();
        Assert.Contains("Lotte Smit", inzage.ToJsonString());

        var gezet = await (await beheer.PutJsonAsync(bewaarbeleid, new { buurtTopAanmeldingenMaanden = 9, declaratieBankgegevensMaanden = 24 })).ReadExpectedAsync();
        Assert.Equal(9, gezet["buurtTopAanmeldingenMaanden"]!.GetValue<int>());
        Assert.NotNull(gezet["gewijzigdOp"]);
        Assert.Contains("In deze gemeente: 9 maanden",
            (await (await beheer.GetAsync($"{Url}/verwerkingsregister")).ReadExpectedAsync()).ToJsonString());
    }

    private static string Zonder(JsonNode inzage) => inzage["verwerkingen"]!.ToJsonString();

    /// <summary>The beheerder of Voorbeeldstad, once the demo gemeenten are provisioned and seeded.</summary>
    private async Task<HttpClient> BeheerAsync()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, "voorbeeldstad");
        await Provisioning.WaitUntilFinishedAsync(platform, "oeverdorp");
        return await factory.AuthenticatedAsync(DemoSeedTests.VoorbeeldstadBeheer, "voorbeeldstad");
    }

    private Guid? conferentieId;

    /// <summary>A conference of this test class in Voorbeeldstad, large enough for every registration the tests make.</summary>
    private async Task<Guid> ConferentieAsync()
    {
        if (conferentieId is { } bestaand)
            return bestaand;
        var beheer = await BeheerAsync();
        var wijken = (await (await factory.ForTenant("voorbeeldstad").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=2")).ReadExpectedAsync())["items"]!.AsArray()
            .Select(w => w!["id"]!.GetValue<Guid>()).ToArray();
        var conferentie = await (await beheer.PostJsonAsync("/api/v1/ervaringsconferenties", new
        {
            titel = "Privacy in de wijk", thema = "Ontmoeting", datum = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21), plek = "De buurtkamer",
            omschrijving = "Wat delen we met elkaar?", capaciteit = 50,
            programma = new[] { new { tijd = "19:30", onderdeel = "Verhalen", door = (string?)null } }, wijkIds = wijken,
        })).ReadExpectedAsync(HttpStatusCode.Created);
        conferentieId = conferentie["id"]!.GetValue<Guid>();
        return conferentieId.Value;
    }

    /// <summary>Registers a person (a fresh address) on the public page; returns the address.</summary>
    private async Task<string> AangemeldAsync(string naam)
    {
        var conferentie = await ConferentieAsync();
        var adres = $"{naam.Split(' ')[0].ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await (await factory.ForTenant("voorbeeldstad").PostJsonAsync($"/api/v1/ervaringsconferenties/{conferentie}/aanmeldingen",
            new { naam, email = adres, toestemming = true, toestemmingVersie = Versie })).ReadExpectedAsync();
        return adres;
    }

    private async Task<int> AantalAangemeldAsync(Guid conferentie) =>
        (await (await factory.ForTenant("voorbeeldstad").GetAsync($"/api/v1/ervaringsconferenties/{conferentie}")).ReadExpectedAsync())["aangemeld"]!.GetValue<int>();
}
