using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>Without ../shared/ the run command uses the project's own fictional data and seeds two demo gemeenten.</summary>
public sealed class DemoSeedTests(DemoSeedTests.Factory factory) : IClassFixture<DemoSeedTests.Factory>
{
    [Fact]
    public async Task The_fictional_demo_gemeenten_are_seeded_and_marked_fictional()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        var voorbeeldstad = await Provisioning.WaitUntilFinishedAsync(platform, "voorbeeldstad");
        await Provisioning.WaitUntilFinishedAsync(platform, "oeverdorp");
        Assert.Equal("done", voorbeeldstad["inrichting"]!["status"]!.GetValue<string>());

        var client = factory.ForTenant("voorbeeldstad");
        var gemeente = (await (await client.GetAsync("/api/v1/gebieden?soort=gemeente")).ReadJsonAsync())["items"]![0]!;
        var detail = await (await client.GetAsync($"/api/v1/gebieden/{gemeente["id"]}")).ReadJsonAsync();
        Assert.All(detail["kerncijfers"]!.AsArray(), k => Assert.StartsWith("fictief:", k!["bron"]!.GetValue<string>()));
        var wijken = await (await client.GetAsync("/api/v1/gebieden?soort=wijk")).ReadJsonAsync();
        Assert.Contains(wijken["items"]!.AsArray(), w => w!["code"]!.GetValue<string>() == "WK9901AA");

        // The real gemeenten named first in the seed list are skipped: they are not in the fictional source.
        var list = await (await platform.GetAsync("/api/v1/gemeenten")).ReadJsonAsync();
        Assert.Equal(2, list["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Both_demo_gemeenten_get_an_adopted_beleidskader_and_organisations_the_first_the_fuller_story()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, "voorbeeldstad");
        await Provisioning.WaitUntilFinishedAsync(platform, "oeverdorp");

        var eerste = await GeldendAsync("voorbeeldstad");
        var tweede = await GeldendAsync("oeverdorp");
        Assert.Equal("vastgesteld", eerste["status"]!.GetValue<string>());
        Assert.Equal("vastgesteld", tweede["status"]!.GetValue<string>());
        Assert.Equal(5, eerste["inhoud"]!["publiekeWaarden"]!.AsArray().Count);
        Assert.Single(eerste["inhoud"]!["pilots"]!.AsArray());
        Assert.Empty(tweede["inhoud"]!["pilots"]!.AsArray());
        Assert.Single(eerste["wijkindeling"]!["pilotwijken"]!.AsArray());
        Assert.True(eerste["totaalPerJaarEurocent"]!.GetValue<long>() > tweede["totaalPerJaarEurocent"]!.GetValue<long>());

        Assert.True(await OrganisatiesAsync("voorbeeldstad") > await OrganisatiesAsync("oeverdorp"));

        // The public reads the first gemeente's shared wijkbeeld of the pilotwijk, with its places; the second's is a concept.
        var gedeeld = (await (await factory.ForTenant("voorbeeldstad").GetAsync("/api/v1/wijkbeelden")).ReadJsonAsync())["items"]!.AsArray();
        var wijkbeeld = await (await factory.ForTenant("voorbeeldstad").GetAsync($"/api/v1/wijkbeelden/{Assert.Single(gedeeld)!["id"]}")).ReadJsonAsync();
        Assert.Equal("gedeeld", wijkbeeld["status"]!.GetValue<string>());
        Assert.Equal(2, wijkbeeld["inhoud"]!["gespreksrondes"]!.AsArray().Count);
        var plekken = await (await factory.ForTenant("voorbeeldstad").GetAsync($"/api/v1/publieke-plekken?wijkId={wijkbeeld["wijkId"]}")).ReadJsonAsync();
        Assert.True(plekken["totalCount"]!.GetValue<int>() >= 3);
        Assert.Empty((await (await factory.ForTenant("oeverdorp").GetAsync("/api/v1/wijkbeelden")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task In_both_demo_gemeenten_the_pilotwijk_held_a_BuurtTop_and_the_next_is_announced_for_the_BuurtTop_dag()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, "voorbeeldstad");
        await Provisioning.WaitUntilFinishedAsync(platform, "oeverdorp");

        foreach (var (slug, beheer) in new[] { ("voorbeeldstad", VoorbeeldstadBeheer), ("oeverdorp", OeverdorpBeheer) })
        {
            var client = await factory.AuthenticatedAsync(beheer, slug);
            var lijst = (await (await client.GetAsync("/api/v1/buurttops")).ReadJsonAsync())["items"]!.AsArray();
            Assert.Equal(2, lijst.Count);
            var gehouden = await (await client.GetAsync($"/api/v1/buurttops/{lijst.Single(b => b!["status"]!.GetValue<string>() == "gehouden")!["id"]}")).ReadJsonAsync();
            Assert.NotEmpty(gehouden["voorbereidingsplan"]!["themas"]!.AsArray());
            Assert.NotEmpty(gehouden["voorbereidingsplan"]!["werkgroepen"]!.AsArray());
            Assert.Contains(gehouden["opbrengsten"]!.AsArray(), o => o!["soort"]!.GetValue<string>() == "droom");
            var totaal = gehouden["aanwezigheid"]!["totaal"]!.GetValue<int>();
            if (slug == "voorbeeldstad")
                Assert.InRange(totaal, 140, 160);
            else
                Assert.InRange(totaal, 1, 139);
            var volgende = lijst.Single(b => b!["status"]!.GetValue<string>() == "aangekondigd")!;
            var datum = DateOnly.Parse(volgende["datum"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(DayOfWeek.Saturday, datum.DayOfWeek);
            Assert.Equal(1, datum.Month);
        }
        // The first gemeente's BuurtTop builds on its shared wijkbeeld; the second's has a concept only, and says so.
        var publiek = (await (await factory.ForTenant("voorbeeldstad").GetAsync("/api/v1/buurttops")).ReadJsonAsync())["items"]!.AsArray();
        Assert.All(publiek, b => Assert.False(b!["zonderWijkbeeld"]!.GetValue<bool>()));
        Assert.All((await (await factory.ForTenant("oeverdorp").GetAsync("/api/v1/buurttops")).ReadJsonAsync())["items"]!.AsArray(),
            b => Assert.True(b!["zonderWijkbeeld"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task The_pilotwijk_has_a_published_agenda_with_ambitions_in_several_states_and_an_own_goal(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);

        var publiek = factory.ForTenant(slug);
        var lijst = (await (await publiek.GetAsync("/api/v1/wijktoekomstagendas")).ReadJsonAsync())["items"]!.AsArray();
        var agenda = await (await publiek.GetAsync($"/api/v1/wijktoekomstagendas/{Assert.Single(lijst)!["id"]}")).ReadJsonAsync();
        Assert.Equal("inUitvoering", agenda["status"]!.GetValue<string>());
        var ambities = agenda["ambities"]!.AsArray();
        Assert.True(ambities.Select(a => a!["status"]!.GetValue<string>()).Distinct().Count() >= 4);
        Assert.Single(ambities, a => a!["eigenDoel"]!.GetValue<bool>());
        Assert.All(ambities.Where(a => !a!["eigenDoel"]!.GetValue<bool>()), a => Assert.NotNull(a!["publiekeWaardeNaam"]));
        Assert.True(ambities.Sum(a => a!["werkgroepen"]!.AsArray().Count) >= 2);
        Assert.Equal(3, agenda["verspreidingen"]!.AsArray().Count);

        // Requests to two institutions: one answered on time with a toezegging, one overdue.
        var tracker = await (await publiek.GetAsync($"/api/v1/verzoeken/tracker?wijkId={agenda["wijkId"]}")).ReadJsonAsync();
        var verzoeken = tracker["verzoeken"]!.AsArray();
        Assert.Equal(2, verzoeken.Select(v => v!["organisatie"]!.GetValue<string>()).Distinct().Count());
        Assert.Single(verzoeken, v => v!["stand"]!.GetValue<string>() == "opTijd");
        Assert.Single(verzoeken, v => v!["stand"]!.GetValue<string>() == "nietBeantwoord");
        Assert.Contains(tracker["toezeggingen"]!.AsArray(), t => t!["bron"]!.GetValue<string>() == "instelling" && t["stand"]!.GetValue<string>() == "open");
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task The_pilotwijk_has_a_running_wijkbudget_and_an_open_regeling_with_applications_in_several_states(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var publiek = factory.ForTenant(slug);

        var toedeling = await (await publiek.GetAsync($"/api/v1/budgetmethodieken/{(await (await publiek.GetAsync("/api/v1/budgetmethodieken/geldend")).ReadJsonAsync())["id"]}/toedeling")).ReadJsonAsync();
        Assert.True(toedeling["berekend"]!.GetValue<bool>(), toedeling.ToJsonString());
        var budgetten = (await (await publiek.GetAsync("/api/v1/wijkbudgetten")).ReadJsonAsync())["items"]!.AsArray();
        var lopend = Assert.Single(budgetten, b => b!["status"]!.GetValue<string>() == "lopend")!;
        var budget = await (await publiek.GetAsync($"/api/v1/wijkbudgetten/{lopend["id"]}")).ReadJsonAsync();
        Assert.Equal(4, budget["tranches"]!.AsArray().Count);
        Assert.Contains(budget["tranches"]!.AsArray(), t => t!["status"]!.GetValue<string>() == "vrijgegeven");
        Assert.Single(budget["wijzigingen"]!.AsArray());

        var regelingen = (await (await publiek.GetAsync("/api/v1/subsidieregelingen")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(2, regelingen.Count);
        // The initiatives regeling is the newest, so the list opens with it.
        Assert.Equal("Bewonersinitiatieven in de wijk", regelingen[0]!["titel"]!.GetValue<string>());
        Assert.All(regelingen, r => Assert.Equal("open", r!["status"]!.GetValue<string>()));
        Assert.All(regelingen, r => Assert.True(r!["verleendEurocent"]!.GetValue<long>() > 0));
        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);
        // A drawing right partly used: one draw confirmed, one waiting for the organisation.
        var recht = Assert.Single((await (await beheer.GetAsync("/api/v1/trekkingsrechten")).ReadJsonAsync())["items"]!.AsArray())!;
        Assert.Equal("deelsGetrokken", recht["status"]!.GetValue<string>());
        Assert.Equal([true, false], recht["trekkingen"]!.AsArray().Select(t => t!["bevestigd"]!.GetValue<bool>()));
        // A running dienstverleningsafspraak: the bewonersorganisatie commissions opbouwwerk, this year's review recorded (R4.3).
        var afspraak = Assert.Single((await (await beheer.GetAsync("/api/v1/dienstverleningsafspraken")).ReadJsonAsync())["items"]!.AsArray())!;
        // The public budget page says what was granted from it (and so what remains): the subsidies, the right and the agreement.
        Assert.Equal(lopend["id"]!.GetValue<Guid>(), afspraak["wijkbudgetId"]!.GetValue<Guid>());
        Assert.Equal(regelingen.Sum(r => r!["verleendEurocent"]!.GetValue<long>()) + recht["waardeEurocent"]!.GetValue<long>()
            + afspraak["totaalprijsEurocent"]!.GetValue<long>(), budget["verleendEurocent"]!.GetValue<long>());
        Assert.Equal(("actief", "opbouwwerk", "opdrachtgever", lopend["wijkId"]!.GetValue<Guid>()),
            (afspraak["status"]!.GetValue<string>(), afspraak["soortWerk"]!.GetValue<string>(), afspraak["vorm"]!.GetValue<string>(), afspraak["wijkId"]!.GetValue<Guid>()));
        Assert.Equal(2, afspraak["ondertekeningen"]!.AsArray().Count);
        Assert.Single(afspraak["evaluatiemomenten"]!.AsArray(), m => m!["vastgelegd"]!.GetValue<bool>());
        var aanvragen = (await (await beheer.GetAsync("/api/v1/subsidieaanvragen")).ReadJsonAsync())["items"]!.AsArray();
        // The concept is the applicant's own until it is sent: the gemeente sees the other four.
        Assert.Equal(["aanvullingGevraagd", "besloten", "besloten", "besloten", "besloten", "besloten", "ingediend"], aanvragen.Select(a => a!["status"]!.GetValue<string>()).Order());

        // Beschikkingen with their first voorschot paid, one whose voorschot waits for a payment batch to the checked IBAN;
        // a grant in each tier of the gemeente's own kader (version 1), the older ones under the Uniform Subsidiekader.
        var beschikkingen = (await (await beheer.GetAsync("/api/v1/beschikkingen")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(5, beschikkingen.Count);
        Assert.Equal(4, beschikkingen.Count(b => b!["voorschotten"]![0]!["betaaldOp"] is not null));
        Assert.Single(beschikkingen, b => b!["betaaldEurocent"]!.GetValue<long>() == 0);
        Assert.Equal(["activiteitenverslag", "activiteitenverslag", "verslagEnJaarrekening", "zonderVerslag", "zonderVerslag"],
            beschikkingen.Select(b => b!["niveau"]!.GetValue<string>()).Order());
        Assert.Equal(1, (await (await beheer.GetAsync("/api/v1/verantwoordingskaders/geldend")).ReadJsonAsync())["versie"]!.GetValue<int>());
        Assert.Equal(2, (await (await beheer.GetAsync("/api/v1/verantwoordingen")).ReadJsonAsync())["totalCount"]!.GetValue<int>());
        var organisatie = beschikkingen[0]!["organisatieId"]!.GetValue<Guid>();
        var rekening = await (await beheer.GetAsync($"/api/v1/organisaties/{organisatie}/bankrekening")).ReadJsonAsync();
        Assert.True(Gemeenschapskracht.Domain.Common.Iban.IsGeldig(rekening["iban"]!.GetValue<string>()));
        var vaststellingen = (await (await beheer.GetAsync("/api/v1/vaststellingen")).ReadJsonAsync())["items"]!.AsArray();
        var niets = Assert.Single(vaststellingen, v => v!["uitkomst"]!.GetValue<string>() == "niets")!;
        Assert.Equal(niets["vastgesteldEurocent"]!.GetValue<long>(), niets["betaaldeVoorschottenEurocent"]!.GetValue<long>());
        var terug = Assert.Single(vaststellingen, v => v!["uitkomst"]!.GetValue<string>() == "terugvordering")!;
        Assert.Equal(terug["betaaldeVoorschottenEurocent"]!.GetValue<long>() - terug["vastgesteldEurocent"]!.GetValue<long>(), terug["saldoEurocent"]!.GetValue<long>());
        Assert.NotNull(terug["reden"]);
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task The_open_subsidy_register_shows_the_demos_granted_subsidies_for_the_pilotwijk(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var publiek = factory.ForTenant(slug);

        var register = await (await publiek.GetAsync("/api/v1/open-subsidiedata")).ReadJsonAsync();
        Assert.Equal(5, register["totalCount"]!.GetValue<int>());
        var keuzes = await (await publiek.GetAsync("/api/v1/open-subsidiedata/keuzes")).ReadJsonAsync();
        var wijk = Assert.Single(keuzes["wijken"]!.AsArray())!;
        Assert.All(register["items"]!.AsArray(), s =>
        {
            Assert.Equal(wijk["code"]!.GetValue<string>(), s!["wijkCode"]!.GetValue<string>());
            Assert.True(s["bedragEurocent"]!.GetValue<long>() > 0);
        });
        Assert.NotEmpty(keuzes["jaren"]!.AsArray());
    }

    [Theory]
    [InlineData("voorbeeldstad", 2)]
    [InlineData("oeverdorp", 1)]
    public async Task Both_demo_gemeenten_have_a_participatieverordening_and_a_challenge_in_assessment(string slug, int uitdagingen)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var publiek = factory.ForTenant(slug);

        var verordening = await (await publiek.GetAsync("/api/v1/participatieverordeningen/geldend")).ReadJsonAsync();
        Assert.Equal(1, verordening["versie"]!.GetValue<int>());
        Assert.Contains(verordening["uitgeslotenTaken"]!.AsArray(), t => t!.GetValue<string>() == "Handhaving");
        var lijst = (await (await publiek.GetAsync("/api/v1/uitdagingen/openbaar")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(uitdagingen, lijst.Count);
        Assert.Contains(lijst, u => u!["status"]!.GetValue<string>() == "inBeoordeling");
        if (uitdagingen == 2)
            Assert.Contains(lijst, u => u!["status"]!.GetValue<string>() == "afgewezen");
    }

    [Theory]
    [InlineData("voorbeeldstad", "Stichting Welzijn Voor Elkaar")]
    [InlineData("oeverdorp", "Stichting Buurtadministratie")]
    public async Task Both_demo_gemeenten_have_a_host_with_two_groups_a_year_of_bookings_a_reversal_a_linked_subsidy_closed_months_and_a_matched_bank_statement(string slug, string host)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);

        var hosts = (await (await beheer.GetAsync("/api/v1/hostorganisaties")).ReadJsonAsync())["items"]!.AsArray();
        var demoHost = Assert.Single(hosts)!;
        Assert.Equal((host, 2), (demoHost["naam"]!.GetValue<string>(), demoHost["aantalAdministraties"]!.GetValue<int>()));
        Assert.True(demoHost["kosten"]![0]!["bedragEurocent"]!.GetValue<long>() > 0);
        var administraties = (await (await beheer.GetAsync("/api/v1/administraties")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(2, administraties.Count);
        var subsidies = 0;
        foreach (var administratie in administraties)
        {
            var url = $"/api/v1/administraties/{administratie!["id"]}";
            Assert.True(administratie["heeftOpeningsbalans"]!.GetValue<bool>());
            Assert.True(administratie["aantalJournaalposten"]!.GetValue<int>() > 40);
            var journaal = (await (await beheer.GetAsync($"{url}/journaalposten?pageSize=100")).ReadJsonAsync())["items"]!.AsArray();
            Assert.Single(journaal, p => p!["soort"]!.GetValue<string>() == "tegenboeking");
            subsidies += journaal.Count(p => p!["beschikkingKenmerk"] is not null);
            var perioden = (await (await beheer.GetAsync($"{url}/perioden")).ReadJsonAsync())["items"]!.AsArray();
            Assert.Equal(10, perioden.Count(p => p!["status"]!.GetValue<string>() == "afgesloten"));
            Assert.All(perioden.Where(p => p!["status"]!.GetValue<string>() == "open" && p["voorbij"]!.GetValue<bool>()), p => Assert.NotNull(p!["voorbereidOp"]));
            var balans = await (await beheer.GetAsync($"{url}/balans")).ReadJsonAsync();
            Assert.Equal(balans["totaalDebetEurocent"]!.GetValue<long>(), balans["totaalCreditEurocent"]!.GetValue<long>());
            var openbaar = await (await factory.ForTenant(slug).GetAsync($"{url}/openbaar")).ReadJsonAsync();
            Assert.True(openbaar["overEurocent"]!.GetValue<long>() > 0);
            Assert.NotEmpty(openbaar["uitgaven"]!.AsArray());

            // Last month's bank statement, every line matched to its booking on import.
            var afschrift = Assert.Single((await (await beheer.GetAsync($"{url}/bankafschriften")).ReadJsonAsync())["items"]!.AsArray())!;
            Assert.True(afschrift["aantalMutaties"]!.GetValue<int>() >= 3);
            Assert.Equal((afschrift["aantalMutaties"]!.GetValue<int>(), 0), (afschrift["aantalGekoppeld"]!.GetValue<int>(), afschrift["aantalOpen"]!.GetValue<int>()));
        }
        Assert.Equal(1, subsidies);
    }

    [Theory]
    [InlineData("voorbeeldstad", "Stichting Welzijn Voor Elkaar")]
    [InlineData("oeverdorp", "Stichting Buurtadministratie")]
    [Trait("Regel", Regelcatalogus.G4)]
    public async Task G4_the_financial_part_comes_from_the_ledger_for_the_demo_subsidy_and_another_gemeente_sees_none(string slug, string host)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);
        var administraties = (await (await beheer.GetAsync("/api/v1/administraties")).ReadJsonAsync())["items"]!.AsArray();
        System.Text.Json.Nodes.JsonNode? post = null;
        foreach (var administratie in administraties)
            post ??= (await (await beheer.GetAsync($"/api/v1/administraties/{administratie!["id"]}/journaalposten?pageSize=100")).ReadJsonAsync())["items"]!.AsArray()
                .FirstOrDefault(p => p!["beschikkingId"] is not null);
        Assert.NotNull(post);
        var beschikkingId = post["beschikkingId"]!.GetValue<Guid>();
        var beschikking = await (await beheer.GetAsync($"/api/v1/beschikkingen/{beschikkingId}")).ReadJsonAsync();
        // The demo links the subsidy whose full report is still to come.
        Assert.Equal("verslagEnJaarrekening", beschikking["niveau"]!.GetValue<string>());

        using var response = await beheer.GetAsync($"/api/v1/beschikkingen/{beschikkingId}/financiele-verantwoording");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var financieel = await response.ReadJsonAsync();
        Assert.Equal(host, financieel["host"]!.GetValue<string>());
        var regels = financieel["regels"]!.AsArray();
        Assert.Equal((beschikking["bedragEurocent"]!.GetValue<long>(), post["totaalEurocent"]!.GetValue<long>()),
            (regels[0]!["begrootEurocent"]!.GetValue<long>(), regels[0]!["gerealiseerdEurocent"]!.GetValue<long>()));
        var kosten = regels.Where(r => r!["soort"]!.GetValue<string>() == "lasten").ToList();
        Assert.NotEmpty(kosten);
        Assert.Equal(kosten.Sum(r => r!["gerealiseerdEurocent"]!.GetValue<long>()), financieel["totaalLasten"]!["gerealiseerdEurocent"]!.GetValue<long>());
        Assert.Equal(financieel["totaalLasten"]!["gerealiseerdEurocent"]!.GetValue<long>() - beschikking["bedragEurocent"]!.GetValue<long>(),
            financieel["totaalLasten"]!["verschilEurocent"]!.GetValue<long>());

        var ander = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? OeverdorpBeheer : VoorbeeldstadBeheer, slug == "voorbeeldstad" ? "oeverdorp" : "voorbeeldstad");
        await (await ander.GetAsync($"/api/v1/beschikkingen/{beschikkingId}/financiele-verantwoording")).AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task Both_demo_gemeenten_have_a_declaratie_in_every_state_with_its_receipt_and_one_executed_batch_booked_in_balanced_books(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);

        var declaraties = (await (await beheer.GetAsync("/api/v1/declaraties?pageSize=100")).ReadJsonAsync())["items"]!.AsArray().Select(d => d!).ToList();
        string Status(System.Text.Json.Nodes.JsonNode d) => d["status"]!.GetValue<string>();
        Assert.Equal(Enum.GetNames<Gemeenschapskracht.Domain.Declaraties.DeclaratieStatus>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName).Order(),
            declaraties.Select(Status).Distinct().Order());
        // Below the host's threshold one approval does; above it the first is given and the second waits (four eyes).
        Assert.Contains(declaraties, d => Status(d) == "ingediend" && d["benodigdeGoedkeuringen"]!.GetValue<int>() == 1);
        var hoog = Assert.Single(declaraties, d => d["benodigdeGoedkeuringen"]!.GetValue<int>() == 2)!;
        Assert.Equal(("ingediend", 1), (Status(hoog), hoog["goedkeuringen"]!.AsArray().Count));
        // The first back office gave it, so the second can give the other; in the first demo gemeente the demo member submitted it.
        Assert.Equal("Demo backoffice", hoog["goedkeuringen"]![0]!["door"]!.GetValue<string>());
        if (slug == "voorbeeldstad")
            Assert.Equal("Demo bewonersorganisatie", hoog["ingediendDoor"]!.GetValue<string>());
        Assert.All(declaraties, d => Assert.DoesNotContain(d["goedkeuringen"]!.AsArray(), g => g!["doorId"]!.GetValue<Guid>() == d["ingediendDoorId"]!.GetValue<Guid>()));
        Assert.All(declaraties.Where(d => Status(d) is "onvolledig" or "aangehouden" or "afgewezen"), d => Assert.NotNull(d["historie"]!.AsArray()[^1]!["reden"]));
        Assert.Contains(declaraties, d => Status(d) == "goedgekeurd" && d["declaratiebetalingId"] is null);

        // Every receipt is a real PDF that says what was bought.
        foreach (var declaratie in declaraties)
        {
            using var bon = await beheer.GetAsync($"/api/v1/declaraties/{declaratie["id"]}/bonnetje");
            Assert.Equal(System.Net.HttpStatusCode.OK, bon.StatusCode);
            Assert.Equal("application/pdf", bon.Content.Headers.ContentType!.MediaType);
            Assert.Contains(declaratie["omschrijving"]!.GetValue<string>(), PdfFiles.Text(await bon.Content.ReadAsByteArrayAsync()));
        }

        // One batch, executed: its declaraties, and only they, are paid, booked on its day in an open month.
        var betaling = Assert.Single((await (await beheer.GetAsync("/api/v1/declaratiebetalingen")).ReadJsonAsync())["items"]!.AsArray())!;
        Assert.Equal("uitgevoerd", betaling["status"]!.GetValue<string>());
        var betaald = betaling["overboekingen"]!.AsArray().Select(o => o!["declaratieId"]!.GetValue<Guid>()).Order().ToList();
        Assert.Equal(betaald, declaraties.Where(d => Status(d) == "betaald").Select(d => d["id"]!.GetValue<Guid>()).Order());
        var uitgevoerdOp = DateOnly.Parse(betaling["uitgevoerdOp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var administratie in (await (await beheer.GetAsync("/api/v1/administraties")).ReadJsonAsync())["items"]!.AsArray())
        {
            var url = $"/api/v1/administraties/{administratie!["id"]}";
            var periode = (await (await beheer.GetAsync($"{url}/perioden")).ReadJsonAsync())["items"]!.AsArray()
                .Single(p => p!["jaar"]!.GetValue<int>() == uitgevoerdOp.Year && p["maand"]!.GetValue<int>() == uitgevoerdOp.Month)!;
            Assert.Equal("open", periode["status"]!.GetValue<string>());
            var journaal = (await (await beheer.GetAsync($"{url}/journaalposten?pageSize=100")).ReadJsonAsync())["items"]!.AsArray();
            var kenmerken = declaraties.Where(d => Status(d) == "betaald" && d["administratieId"]!.GetValue<Guid>() == administratie["id"]!.GetValue<Guid>())
                .Select(d => d["kenmerk"]!.GetValue<string>()).ToList();
            Assert.Single(kenmerken);
            Assert.Contains(journaal, p => p!["omschrijving"]!.GetValue<string>().StartsWith($"Declaratie {kenmerken[0]}:", StringComparison.Ordinal)
                && p["boekdatum"]!.GetValue<string>() == $"{uitgevoerdOp:yyyy-MM-dd}");
            foreach (var peildatum in new[] { uitgevoerdOp.AddDays(-1), uitgevoerdOp, Gemeenschapskracht.Domain.Common.Kalender.Dag(DateTimeOffset.UtcNow) })
            {
                var balans = await (await beheer.GetAsync($"{url}/balans?peildatum={peildatum:yyyy-MM-dd}")).ReadJsonAsync();
                Assert.Equal(balans["totaalDebetEurocent"]!.GetValue<long>(), balans["totaalCreditEurocent"]!.GetValue<long>());
                Assert.True(balans["rekeningen"]!.AsArray().Single(r => r!["code"]!.GetValue<string>() == "1100")!["saldoEurocent"]!.GetValue<long>() > 0);
            }
        }
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task Both_demo_gemeenten_have_a_zzp_contract_with_checked_invoices_in_the_approval_flow_and_a_coordinator_of_the_host(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);

        var opdracht = Assert.Single((await (await beheer.GetAsync("/api/v1/opdrachtovereenkomsten")).ReadJsonAsync())["items"]!.AsArray())!;
        var facturen = opdracht["facturen"]!.AsArray();
        Assert.Equal(["goedgekeurd", "ingediend"], facturen.Select(f => f!["status"]!.GetValue<string>()));
        Assert.Equal((5m, 35m), (opdracht["gefactureerdeUren"]!.GetValue<decimal>(), opdracht["resterendeUren"]!.GetValue<decimal>()));
        foreach (var factuur in facturen)
        {
            var declaratie = await (await beheer.GetAsync($"/api/v1/declaraties/{factuur!["declaratieId"]}")).ReadJsonAsync();
            Assert.Equal(("factuur", opdracht["opdrachtnemer"]!.GetValue<string>()), (declaratie["soort"]!.GetValue<string>(), declaratie["naamBegunstigde"]!.GetValue<string>()));
        }

        var coordinator = Assert.Single((await (await beheer.GetAsync("/api/v1/coordinatoren")).ReadJsonAsync())["items"]!.AsArray())!;
        Assert.True(coordinator["inDienst"]!.GetValue<bool>());
        Assert.Equal(2, coordinator["groepen"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task Both_demo_gemeenten_have_a_second_back_office_user_for_the_host_as_the_first(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);
        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);

        var host = Assert.Single((await (await beheer.GetAsync("/api/v1/hostorganisaties")).ReadJsonAsync())["items"]!.AsArray())!;
        var leden = (await (await beheer.GetAsync("/api/v1/leden?pageSize=100")).ReadJsonAsync())["items"]!.AsArray();
        foreach (var email in new[] { "backoffice@demo.gemeenschapskracht.nl", "backoffice-tweede@demo.gemeenschapskracht.nl" })
        {
            var lid = Assert.Single(leden, l => l!["email"]!.GetValue<string>() == email)!;
            Assert.Equal(["backoffice"], lid["rollen"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Equal(host["organisatieId"]!.GetValue<Guid>(), lid["organisatieId"]!.GetValue<Guid>());
            Assert.True(lid["tweeStapsAan"]!.GetValue<bool>());
        }
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task Both_demo_gemeenten_have_an_adopted_visitatie_report_with_its_response_in_follow_up_and_one_in_its_conversations(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);

        var rapport = Assert.Single((await (await factory.ForTenant(slug).GetAsync("/api/v1/visitaties/rapporten")).ReadJsonAsync())["items"]!.AsArray())!;
        Assert.Equal("opvolging", rapport["status"]!.GetValue<string>());
        Assert.StartsWith("We herkennen het beeld.", rapport["reactie"]!.GetValue<string>());
        Assert.Equal(rapport["perspectieven"]!.AsArray().Count, rapport["beoordelingen"]!.AsArray().Count);
        var acties = rapport["vervolgacties"]!.AsArray();
        Assert.Single(acties, a => a!["gereedOp"] is not null);
        Assert.Single(acties, a => a!["gereedOp"] is null
            && DateOnly.Parse(a["uiterlijk"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) < DateOnly.FromDateTime(DateTime.UtcNow));
        using (var pdf = await factory.ForTenant(slug).GetAsync($"/api/v1/visitaties/{rapport["id"]}/rapport"))
            Assert.Equal(System.Net.HttpStatusCode.OK, pdf.StatusCode);

        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);
        var lijst = (await (await beheer.GetAsync("/api/v1/visitaties")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(["gesprekken", "opvolging"], lijst.Select(v => v!["status"]!.GetValue<string>()).Order());
        var lopend = await (await beheer.GetAsync($"/api/v1/visitaties/{lijst.Single(v => v!["status"]!.GetValue<string>() == "gesprekken")!["id"]}")).ReadJsonAsync();
        Assert.Contains(lopend["panel"]!.AsArray(), p => p!["rol"]!.GetValue<string>() == "raadslid");
        Assert.NotNull(lopend["zelfreflectie"]);

        // The demo is dated so that the cycle job finds nothing due in it until the next round.
        await ActivatorUtilities.CreateInstance<Gemeenschapskracht.Infrastructure.Jobs.VisitatiecyclusJob>(factory.Services).RunAsync(CancellationToken.None);
        Assert.Equal(2, (await (await beheer.GetAsync("/api/v1/visitaties")).ReadJsonAsync())["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task Both_demo_gemeenten_have_an_etalage_with_three_published_stories_with_an_illustration_and_a_nomination_waiting(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);

        var publiek = (await (await factory.ForTenant(slug).GetAsync("/api/v1/etalage")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(3, publiek.Count);
        foreach (var verhaal in publiek)
        {
            var foto = Assert.Single(verhaal!["fotos"]!.AsArray())!;
            Assert.StartsWith("Tekening van", foto["bijschrift"]!.GetValue<string>());
            using var bestand = await factory.ForTenant(slug).GetAsync($"/api/v1/etalage/{verhaal["id"]}/bijlagen/{foto["bijlageId"]}");
            Assert.Equal("image/png", bestand.Content.Headers.ContentType!.MediaType);
        }
        var beheer = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);
        var alles = (await (await beheer.GetAsync("/api/v1/etalage?status=genomineerd")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Null(Assert.Single(alles)!["toestemming"]);
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("oeverdorp")]
    public async Task Both_demo_gemeenten_have_a_held_conference_with_its_lessons_and_one_open_for_registration(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, slug);

        var conferenties = (await (await factory.ForTenant(slug).GetAsync("/api/v1/ervaringsconferenties")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(["gepland", "oogstGepubliceerd"], conferenties.Select(c => c!["status"]!.GetValue<string>()).Order());
        Assert.Equal(3, conferenties.Single(c => c!["status"]!.GetValue<string>() == "oogstGepubliceerd")!["lessen"]!.AsArray().Count);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> GeldendAsync(string slug)
    {
        using var response = await factory.ForTenant(slug).GetAsync("/api/v1/beleidskaders/geldend");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<int> OrganisatiesAsync(string slug)
    {
        var client = await factory.AuthenticatedAsync(slug == "voorbeeldstad" ? VoorbeeldstadBeheer : OeverdorpBeheer, slug);
        var list = await (await client.GetAsync("/api/v1/organisaties")).ReadJsonAsync();
        return list["totalCount"]!.GetValue<int>();
    }

    public const string VoorbeeldstadBeheer = "voorbeeldstad-beheer";
    public const string OeverdorpBeheer = "oeverdorp-beheer";

    public class Factory : ApiFactory
    {
        protected override string CbsSource => "Demo";

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
        [
            new("Seed:Enabled", "true"),
            new("Seed:DemoPassword", Identity.IdentityFactory.Password),
            new("Seed:DemoAuthenticatorKey", Identity.IdentityFactory.TotpKey),
            new("Seed:Gemeenten:0:Slug", "amsterdam"),
            new("Seed:Gemeenten:0:Naam", "Amsterdam"),
            new("Seed:Gemeenten:0:Gemeentecode", "GM0363"),
            new("Seed:Gemeenten:1:Slug", "voorbeeldstad"),
            new("Seed:Gemeenten:1:Naam", "Voorbeeldstad (fictief)"),
            new("Seed:Gemeenten:1:Gemeentecode", "GM9901"),
            new("Seed:Gemeenten:2:Slug", "oeverdorp"),
            new("Seed:Gemeenten:2:Naam", "Oeverdorp (fictief)"),
            new("Seed:Gemeenten:2:Gemeentecode", "GM9902"),
            .. Client(FirstFreeClientIndex, VoorbeeldstadBeheer, "voorbeeldstad"),
            .. Client(FirstFreeClientIndex + 1, OeverdorpBeheer, "oeverdorp"),
        ];

        private static Dictionary<string, string> Client(int index, string clientId, string tenant)
        {
            var settings = new Dictionary<string, string>();
            AddClient(settings, index, clientId, tenant, "gemeente-beheerder");
            return settings;
        }
    }
}
