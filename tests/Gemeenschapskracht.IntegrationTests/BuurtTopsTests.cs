using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The BuurtTop over HTTP with real tokens: announced by the residents' organisation, prepared along a plan, held with
/// attendance by category and processed; the public registers without an account (cap, waiting list, unsubscribe that
/// erases) and sees the public face only; invitations go once per address; the gemeente cannot change what residents
/// captured (G-8); bad input is a problem+json that changes nothing; another gemeente sees nothing. Each test uses a
/// wijk of its own.
/// </summary>
public sealed partial class BuurtTopsTests(BuurtTopsTests.Fixture fixture) : IClassFixture<BuurtTopsTests.Fixture>
{
    private const string Url = "/api/v1/buurttops";
    private const string AmsterdamBeleid = "amsterdam-beleid";
    private const string AmsterdamTrekker = "amsterdam-bewoners-trekker";
    private const string AmsterdamAnderen = "amsterdam-bewoners-anderen";

    private static DateOnly Vandaag => Kalender.Dag(DateTimeOffset.UtcNow);

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"gk-mail-{Guid.NewGuid():N}");

        public IReadOnlyList<Guid> Wijken { get; private set; } = [];

        /// <summary>The gemeente itself as an area: not a wijk.</summary>
        public Guid Buurt { get; private set; }

        public Guid Trekker { get; private set; }

        public Guid Anderen { get; private set; }

        public WebApplicationFactory<Program> MetOrganisaties { get; private set; } = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string> { ["Email:PickupFolder"] = MailFolder };
                AddClient(settings, FirstFreeClientIndex, AmsterdamBeleid, "amsterdam", "beleidsmedewerker");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            var publiek = this.ForTenant("amsterdam");
            Wijken = (await (await publiek.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=20")).ReadJsonAsync())["items"]!.AsArray()
                .Select(w => w!["id"]!.GetValue<Guid>()).ToList();
            Buurt = (await (await publiek.GetAsync("/api/v1/gebieden?soort=gemeente&pageSize=1")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();

            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            Trekker = await OrganisatieAsync(beheer, "Bewonersraad Noord", "bewonersorganisatie");
            Anderen = await OrganisatieAsync(beheer, "Buurtvereniging Oost", "bewonersorganisatie");
            var clients = new Dictionary<string, string>();
            AddClient(clients, FirstFreeClientIndex + 1, AmsterdamTrekker, "amsterdam", "bewonersorganisatie", Trekker);
            AddClient(clients, FirstFreeClientIndex + 2, AmsterdamAnderen, "amsterdam", "bewonersorganisatie", Anderen);
            MetOrganisaties = WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in clients)
                    builder.UseSetting(key, value);
            });
        }

        private static async Task<Guid> OrganisatieAsync(HttpClient beheer, string naam, string soort)
        {
            using var response = await beheer.PostJsonAsync("/api/v1/organisaties", new
            {
                naam, soort, rechtsvorm = "vereniging", kvknummer = (string?)null, omschrijving = (string?)null, wijkIds = Array.Empty<Guid>(),
                publiekeWaardeIds = Array.Empty<Guid>(), contactpersoon = (string?)null, email = (string?)null, telefoon = (string?)null, website = (string?)null,
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
        }

        /// <summary>Each mail in the pickup folder as "recipients: subject / body".</summary>
        public List<string> Mails() =>
            Directory.Exists(MailFolder)
                ? new DirectoryInfo(MailFolder).GetFiles("*.eml").OrderBy(f => f.Name)
                    .Select(f => MimeKit.MimeMessage.Load(f.FullName)).Select(m => $"{m.To}: {m.Subject} / {m.TextBody}").ToList()
                : [];

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_BuurtTop_is_announced_prepared_held_and_processed_and_the_public_sees_its_public_face()
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var publiek = fixture.ForTenant("amsterdam");

        var nieuw = await CreateAsync(trekker, fixture.Wijken[1], Vandaag, capaciteit: 150);
        var id = nieuw["id"]!.GetValue<Guid>();
        Assert.Equal("aangekondigd", nieuw["status"]!.GetValue<string>());
        Assert.True(nieuw["zonderWijkbeeld"]!.GetValue<bool>());
        Assert.Contains("wijkbeeld", nieuw["waarschuwing"]!.GetValue<string>());
        Assert.Equal("Bewonersraad Noord", nieuw["organisator"]!["team"]![0]!["naam"]!.GetValue<string>());
        Assert.Equal(150, nieuw["plaatsenVrij"]!.GetValue<int>());

        var plan = await PutAsync(trekker, $"{Url}/{id}/voorbereidingsplan", new { plan = Plan(Vandaag.AddDays(-30), Vandaag.AddDays(-5), gereed: true) });
        Assert.Equal(2, plan["voorbereidingsplan"]!["mijlpalen"]!.AsArray().Count);
        Assert.Equal(1_250_000, plan["begrotingTotaalEurocent"]!.GetValue<long>());
        Assert.Equal(2, plan["voortgang"]!["gereed"]!.GetValue<int>());
        Assert.Equal(0, plan["voortgang"]!["achterstallig"]!.GetValue<int>());

        Assert.Equal("inVoorbereiding", (await PostAsync(trekker, $"{Url}/{id}/voorbereidingen"))["status"]!.GetValue<string>());
        var gehouden = await PostAsync(trekker, $"{Url}/{id}/aanwezigheid", new { aanwezigheid = Telling(bewoners: 120) });
        Assert.Equal("gehouden", gehouden["status"]!.GetValue<string>());
        Assert.Equal(150, gehouden["aanwezigheid"]!["totaal"]!.GetValue<int>());

        var met = await PutAsync(trekker, $"{Url}/{id}/opbrengsten", new
        {
            opbrengsten = new[] { new { id = (Guid?)null, tafel = "Tafel wonen", soort = "droom", tekst = "Jong en oud wonen door elkaar" } },
        });
        var droom = Assert.Single(met["opbrengsten"]!.AsArray())!;
        Assert.Equal("bewoners", droom["herkomst"]!["kant"]!.GetValue<string>());

        // The public sees the public face: no plan, no reminders, but the outputs once held.
        var gelezen = await ReadAsync(publiek, $"{Url}/{id}");
        Assert.Null(gelezen["voorbereidingsplan"]);
        Assert.Null(gelezen["voortgang"]);
        Assert.Equal("Jong en oud wonen door elkaar", gelezen["opbrengsten"]![0]!["tekst"]!.GetValue<string>());
        Assert.Contains(id.ToString(), (await ReadAsync(publiek, $"{Url}?wijkId={fixture.Wijken[1]}")).ToJsonString());

        var agenda = Guid.NewGuid();
        var verwerkt = await PostAsync(trekker, $"{Url}/{id}/verwerkingen", new { agendaId = agenda });
        Assert.Equal("verwerkt", verwerkt["status"]!.GetValue<string>());
        Assert.Equal(agenda, verwerkt["agendaId"]!.GetValue<Guid>());
        await (await trekker.PostJsonAsync($"{Url}/{id}/verwerkingen", new { agendaId = agenda })).AssertProblemAsync(400);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public async Task The_gemeente_adds_outputs_but_cannot_change_or_remove_what_residents_captured()
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var id = await GehoudenAsync(trekker, fixture.Wijken[2]);
        var bewoners = await PutAsync(trekker, $"{Url}/{id}/opbrengsten", new
        {
            opbrengsten = new[] { new { id = (Guid?)null, tafel = "Tafel wonen", soort = "droom", tekst = "Een groen plein" } },
        });
        var droomId = bewoners["opbrengsten"]![0]!["id"]!.GetValue<Guid>();

        await (await beleid.PutJsonAsync($"{Url}/{id}/opbrengsten", new
        {
            opbrengsten = new[] { new { id = (Guid?)droomId, tafel = "Tafel wonen", soort = "droom", tekst = "Een parkeergarage" } },
        })).AssertProblemAsync(400);
        await (await beleid.PutJsonAsync($"{Url}/{id}/opbrengsten", new { opbrengsten = Array.Empty<object>() })).AssertProblemAsync(400);
        var beide = await PutAsync(beleid, $"{Url}/{id}/opbrengsten", new
        {
            opbrengsten = new[]
            {
                new { id = (Guid?)droomId, tafel = "Tafel wonen", soort = "droom", tekst = "Een groen plein" },
                new { id = (Guid?)null, tafel = "Tafel wonen", soort = "ambitie", tekst = "Een bibliotheek in de school" },
            },
        });
        Assert.Equal(["bewoners", "gemeente"], beide["opbrengsten"]!.AsArray().Select(o => o!["herkomst"]!["kant"]!.GetValue<string>()));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public async Task The_agenda_starts_with_the_dreams_of_the_tables_and_the_BuurtTop_is_then_verwerkt()
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var wijk = fixture.Wijken[6];
        var aangekondigd = (await CreateAsync(trekker, wijk, Vandaag.AddMonths(6)))["id"]!.GetValue<Guid>();
        object Agenda(Guid buurtTop) => new { wijkId = wijk, titel = "Noord in 2031", horizonJaren = 5, startJaar = Vandaag.Year, buurtTopId = buurtTop, team = new[] { fixture.Trekker } };
        await (await trekker.PostJsonAsync("/api/v1/wijktoekomstagendas", Agenda(aangekondigd))).AssertProblemAsync(400);
        Assert.Empty((await ReadAsync(trekker, $"/api/v1/wijktoekomstagendas?wijkId={wijk}"))["items"]!.AsArray());

        var id = await GehoudenAsync(trekker, wijk);
        await PutAsync(trekker, $"{Url}/{id}/opbrengsten", new
        {
            opbrengsten = new[]
            {
                new { id = (Guid?)null, tafel = "Tafel wonen", soort = "droom", tekst = "Een groen plein waar kinderen spelen" },
                new { id = (Guid?)null, tafel = "Tafel zorg", soort = "ambitie", tekst = "Een huiskamer voor ouderen in elke straat" },
            },
        });
        using var created = await trekker.PostJsonAsync("/api/v1/wijktoekomstagendas", Agenda(id));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var agenda = await created.ReadJsonAsync();

        var ambities = agenda["ambities"]!.AsArray();
        Assert.Equal(["Een groen plein waar kinderen spelen", "Een huiskamer voor ouderen in elke straat"], ambities.Select(a => a!["tekst"]!.GetValue<string>()));
        Assert.All(ambities, a =>
        {
            Assert.Equal("gedroomd", a!["status"]!.GetValue<string>());
            Assert.True(a["eigenDoel"]!.GetValue<bool>());
            Assert.Equal("bewoners", a["herkomst"]!["kant"]!.GetValue<string>());
        });
        var verwerkt = await ReadAsync(trekker, $"{Url}/{id}");
        Assert.Equal("verwerkt", verwerkt["status"]!.GetValue<string>());
        Assert.Equal(agenda["id"]!.GetValue<Guid>(), verwerkt["agendaId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Only_the_organisers_team_and_the_gemeente_work_on_a_BuurtTop()
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var anderen = await ClientAsync(AmsterdamAnderen);
        var raad = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamRaadClient, "amsterdam");
        var id = (await CreateAsync(trekker, fixture.Wijken[3], Vandaag.AddDays(30)))["id"]!.GetValue<Guid>();

        // Another residents' organisation cannot announce one for a team without it, nor prepare or read registrations of this one.
        await (await anderen.PostJsonAsync(Url, Aankondiging(fixture.Wijken[3], Vandaag.AddDays(40), fixture.Trekker))).AssertProblemAsync(403);
        await (await anderen.PostAsync($"{Url}/{id}/voorbereidingen", null)).AssertProblemAsync(403);
        await (await anderen.GetAsync($"{Url}/{id}/aanmeldingen")).AssertProblemAsync(403);
        // A raadslid reads the plan but changes nothing.
        Assert.NotNull((await ReadAsync(raad, $"{Url}/{id}"))["voorbereidingsplan"]);
        await (await raad.PostAsync($"{Url}/{id}/voorbereidingen", null)).AssertProblemAsync(403);
        await (await raad.GetAsync($"{Url}/{id}/aanmeldingen")).AssertProblemAsync(403);
        await (await fixture.ForTenant("amsterdam").GetAsync($"{Url}/{id}/uitnodigingen")).AssertProblemAsync(401);

        Assert.Equal("aangekondigd", (await ReadAsync(trekker, $"{Url}/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_public_registers_without_an_account_beyond_the_cap_on_the_waiting_list_and_unsubscribing_erases_and_moves_the_list_up()
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var publiek = fixture.ForTenant("amsterdam");
        var id = (await CreateAsync(trekker, fixture.Wijken[4], Vandaag.AddDays(30), capaciteit: 1))["id"]!.GetValue<Guid>();
        var eersteAdres = $"fatima-{Guid.NewGuid():N}@example.nl";
        var tweedeAdres = $"mehmet-{Guid.NewGuid():N}@example.nl";

        var eerste = await RegisterAsync(publiek, id, "Fatima", eersteAdres);
        Assert.Equal("aangemeld", eerste["status"]!.GetValue<string>());
        // The public page has no Gemeente header: the gemeente is the path prefix.
        var tweede = await RegisterAsync(fixture.CreateClient(), id, "M.Y.", tweedeAdres, "/amsterdam");
        Assert.Equal("wachtlijst", tweede["status"]!.GetValue<string>());
        Assert.Contains("wachtlijst", tweede["melding"]!.GetValue<string>());
        var mails = fixture.Mails().Count;
        // The same address again: where it stands, no second registration, no second mail.
        Assert.Equal("aangemeld", (await RegisterAsync(publiek, id, "Fatima", eersteAdres.ToUpperInvariant()))["status"]!.GetValue<string>());
        Assert.Equal(mails, fixture.Mails().Count);

        var gezien = await ReadAsync(publiek, $"{Url}/{id}");
        Assert.Equal(1, gezien["aangemeld"]!.GetValue<int>());
        Assert.Equal(1, gezien["opWachtlijst"]!.GetValue<int>());
        Assert.Equal(0, gezien["plaatsenVrij"]!.GetValue<int>());
        Assert.DoesNotContain(eersteAdres, gezien.ToJsonString());
        await (await publiek.GetAsync($"{Url}/{id}/aanmeldingen")).AssertProblemAsync(401);
        var lijst = (await ReadAsync(trekker, $"{Url}/{id}/aanmeldingen"))["items"]!.AsArray();
        Assert.Equal([eersteAdres, tweedeAdres], lijst.Select(a => a!["email"]!.GetValue<string>()));

        var bevestiging = fixture.Mails().Single(m => m.Contains(eersteAdres));
        var sleutel = Uri.UnescapeDataString(SleutelUitLink().Match(bevestiging).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(sleutel));
        await AssertStoredHashAsync(id, sleutel);

        await (await publiek.PostJsonAsync($"{Url}/{id}/afmeldingen", new { sleutel = "verzonnen" })).AssertProblemAsync(404);
        var afgemeld = await PostAsync(publiek, $"{Url}/{id}/afmeldingen", new { sleutel });
        Assert.Equal("afgemeld", afgemeld["status"]!.GetValue<string>());
        Assert.Equal("afgemeld", (await PostAsync(publiek, $"{Url}/{id}/afmeldingen", new { sleutel }))["status"]!.GetValue<string>());

        lijst = (await ReadAsync(trekker, $"{Url}/{id}/aanmeldingen"))["items"]!.AsArray();
        Assert.DoesNotContain(eersteAdres, lijst.ToJsonString());
        Assert.Equal("(afgemeld)", lijst[0]!["naam"]!.GetValue<string>());
        Assert.Equal("aangemeld", lijst[1]!["status"]!.GetValue<string>());
        Assert.Contains(fixture.Mails(), m => m.Contains(tweedeAdres) && m.Contains("Er is een plaats voor u"));
    }

    [Fact]
    public async Task Invitations_go_by_category_and_an_address_is_invited_once()
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var id = (await CreateAsync(trekker, fixture.Wijken[5], Vandaag.AddDays(30)))["id"]!.GetValue<Guid>();
        var bakker = $"bakker-{Guid.NewGuid():N}@example.nl";
        var kapper = $"kapper-{Guid.NewGuid():N}@example.nl";
        var voor = fixture.Mails().Count;

        var eerste = await PostAsync(trekker, $"{Url}/{id}/uitnodigingen", new { categorie = "ondernemers", adressen = new[] { bakker } });
        var tweede = await PostAsync(trekker, $"{Url}/{id}/uitnodigingen", new { categorie = "ondernemers", adressen = new[] { bakker, kapper } });

        Assert.Equal(1, eerste["verstuurd"]!.GetValue<int>());
        Assert.Equal(1, tweede["verstuurd"]!.GetValue<int>());
        Assert.Equal([bakker], tweede["alUitgenodigd"]!.AsArray().Select(a => a!.GetValue<string>()));
        var mails = fixture.Mails().Skip(voor).ToList();
        Assert.Single(mails, m => m.Contains(bakker));
        Assert.Contains(mails, m => m.Contains(kapper) && m.Contains($"/buurttops/{id}/aanmelden"));
        var lijst = (await ReadAsync(trekker, $"{Url}/{id}/uitnodigingen"))["items"]!.AsArray();
        Assert.All(lijst, u => Assert.Equal("ondernemers", u!["categorie"]!.GetValue<string>()));
        Assert.Equal(2, lijst.Count);
        await (await trekker.PostJsonAsync($"{Url}/{id}/uitnodigingen", new { categorie = "ondernemers", adressen = new[] { "geen-adres" } })).AssertProblemAsync(400);
    }

    private static readonly string[] Gevallen =
    [
        "holding a BuurtTop that was never prepared",
        "holding a BuurtTop before its date",
        "negative counts",
        "a registration with an invalid e-mail",
        "a registration without consent",
        "a registration with an old consent text",
        "a registration for a held BuurtTop",
        "a milestone more than a year before the date",
        "a negative budget line",
        "a wijk that is not a wijk",
        "an announcement in the past",
        "an organiser whose lead is not residents' own",
        "an organisation not in the register",
        "a cap of zero",
        "outputs before the BuurtTop was held",
        "an unknown category",
    ];

    public static TheoryData<string> OngeldigeInvoer => new(Gevallen);

    [Theory]
    [MemberData(nameof(OngeldigeInvoer))]
    public async Task Bad_input_is_a_problem_that_changes_nothing(string geval)
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var publiek = fixture.ForTenant("amsterdam");
        var wijk = fixture.Wijken[6 + Array.IndexOf(Gevallen, geval) % 10];
        var aangekondigd = (await CreateAsync(trekker, wijk, Vandaag.AddDays(20)))["id"]!.GetValue<Guid>();
        var inVoorbereiding = (await CreateAsync(trekker, wijk, Vandaag.AddDays(25)))["id"]!.GetValue<Guid>();
        await PostAsync(trekker, $"{Url}/{inVoorbereiding}/voorbereidingen");
        var gehouden = geval == "a registration for a held BuurtTop" ? await GehoudenAsync(trekker, wijk) : Guid.Empty;
        var voor = (await ReadAsync(trekker, $"{Url}?wijkId={wijk}&pageSize=100")).ToJsonString();
        var doel = geval switch
        {
            "holding a BuurtTop before its date" or "negative counts" or "a milestone more than a year before the date" or "a negative budget line" => inVoorbereiding,
            "a registration for a held BuurtTop" => gehouden,
            _ => aangekondigd,
        };
        var staatVoor = (await ReadAsync(trekker, $"{Url}/{doel}")).ToJsonString();

        using var response = geval switch
        {
            "holding a BuurtTop that was never prepared" => await trekker.PostJsonAsync($"{Url}/{aangekondigd}/aanwezigheid", new { aanwezigheid = Telling() }),
            "holding a BuurtTop before its date" => await trekker.PostJsonAsync($"{Url}/{inVoorbereiding}/aanwezigheid", new { aanwezigheid = Telling() }),
            "negative counts" => await trekker.PostJsonAsync($"{Url}/{inVoorbereiding}/aanwezigheid", new { aanwezigheid = Telling(bewoners: -1) }),
            "a registration with an invalid e-mail" => await publiek.PostJsonAsync($"{Url}/{aangekondigd}/aanmeldingen", Aanmelding("F.", "fatima@@example")),
            "a registration without consent" => await publiek.PostJsonAsync($"{Url}/{aangekondigd}/aanmeldingen", Aanmelding("F.", "f@example.nl", toestemming: false)),
            "a registration with an old consent text" => await publiek.PostJsonAsync($"{Url}/{aangekondigd}/aanmeldingen", Aanmelding("F.", "f@example.nl", versie: "oud")),
            "a registration for a held BuurtTop" => await publiek.PostJsonAsync($"{Url}/{gehouden}/aanmeldingen", Aanmelding("F.", "f@example.nl")),
            "a milestone more than a year before the date" => await trekker.PutJsonAsync($"{Url}/{inVoorbereiding}/voorbereidingsplan",
                new { plan = Plan(Vandaag.AddDays(25).AddMonths(-12).AddDays(-1), Vandaag) }),
            "a negative budget line" => await trekker.PutJsonAsync($"{Url}/{inVoorbereiding}/voorbereidingsplan", new { plan = Plan(Vandaag, Vandaag, bedrag: -5) }),
            "a wijk that is not a wijk" => await trekker.PostJsonAsync(Url, Aankondiging(fixture.Buurt, Vandaag.AddDays(10), fixture.Trekker)),
            "an announcement in the past" => await trekker.PostJsonAsync(Url, Aankondiging(wijk, Vandaag.AddDays(-1), fixture.Trekker)),
            "an organiser whose lead is not residents' own" => await (await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam")).PostJsonAsync(Url,
                Aankondiging(wijk, Vandaag.AddDays(10), Guid.Empty, soort: "taakgroep")),
            "an organisation not in the register" => await (await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam")).PostJsonAsync(Url,
                Aankondiging(wijk, Vandaag.AddDays(10), Guid.NewGuid())),
            "a cap of zero" => await trekker.PostJsonAsync(Url, Aankondiging(wijk, Vandaag.AddDays(10), fixture.Trekker, capaciteit: 0)),
            "outputs before the BuurtTop was held" => await trekker.PutJsonAsync($"{Url}/{aangekondigd}/opbrengsten",
                new { opbrengsten = new[] { new { id = (Guid?)null, tafel = "Tafel", soort = "droom", tekst = "Een plein" } } }),
            "an unknown category" => await publiek.PostJsonAsync($"{Url}/{aangekondigd}/aanmeldingen", Aanmelding("F.", "f@example.nl", categorie: "toeristen")),
            _ => throw new ArgumentOutOfRangeException(nameof(geval)),
        };

        var status = geval is "a wijk that is not a wijk" or "an organisation not in the register" ? 404 : 400;
        var problem = await response.AssertProblemAsync(status);
        Assert.DoesNotContain("exception", problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(voor, (await ReadAsync(trekker, $"{Url}?wijkId={wijk}&pageSize=100")).ToJsonString());
        Assert.Equal(Zonder(staatVoor), Zonder((await ReadAsync(trekker, $"{Url}/{doel}")).ToJsonString()));
        Assert.Empty((await ReadAsync(trekker, $"{Url}/{doel}/aanmeldingen"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Another_gemeente_cannot_read_or_change_a_BuurtTop_or_register_for_it()
    {
        var trekker = await ClientAsync(AmsterdamTrekker);
        var id = (await CreateAsync(trekker, fixture.Wijken[16], Vandaag.AddDays(30)))["id"]!.GetValue<Guid>();
        var voor = (await ReadAsync(trekker, $"{Url}/{id}")).ToJsonString();
        var ander = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var anderPubliek = fixture.ForTenant("aa-en-hunze");

        await (await ander.GetAsync($"{Url}/{id}")).AssertProblemAsync(404);
        await (await anderPubliek.GetAsync($"{Url}/{id}")).AssertProblemAsync(404);
        await (await ander.PostAsync($"{Url}/{id}/voorbereidingen", null)).AssertProblemAsync(404);
        await (await ander.GetAsync($"{Url}/{id}/aanmeldingen")).AssertProblemAsync(404);
        await (await ander.PutJsonAsync($"{Url}/{id}/voorbereidingsplan", new { plan = Plan(Vandaag, Vandaag) })).AssertProblemAsync(404);
        await (await anderPubliek.PostJsonAsync($"{Url}/{id}/aanmeldingen", Aanmelding("F.", "f@example.nl"))).AssertProblemAsync(404);
        await (await anderPubliek.PostJsonAsync($"{Url}/{id}/afmeldingen", new { sleutel = "x" })).AssertProblemAsync(404);
        // Every other endpoint of one BuurtTop, with a valid body: 404, as if it did not exist.
        var verzoeken = new (HttpMethod Method, string Pad, object? Body)[]
        {
            (HttpMethod.Put, "", new { titel = "Overgenomen", datum = Vandaag.AddDays(40), plek = (string?)null, capaciteit = (int?)null, organisator = (object?)null }),
            (HttpMethod.Post, "/wijkbeeldkoppelingen", null),
            (HttpMethod.Get, "/uitnodigingen", null),
            (HttpMethod.Post, "/uitnodigingen", new { categorie = "bewoners", adressen = new[] { "a@example.nl" } }),
            (HttpMethod.Post, "/aanwezigheid", new { aanwezigheid = Telling() }),
            (HttpMethod.Put, "/opbrengsten", new { opbrengsten = Array.Empty<object>() }),
            (HttpMethod.Post, "/verwerkingen", new { agendaId = (Guid?)null }),
            (HttpMethod.Get, "/bijlagen", null),
            (HttpMethod.Get, $"/bijlagen/{Guid.NewGuid()}", null),
        };
        foreach (var (method, pad, body) in verzoeken)
        {
            using var request = new HttpRequestMessage(method, $"{Url}/{id}{pad}");
            if (body is not null)
                request.Content = System.Net.Http.Json.JsonContent.Create(body);
            await (await ander.SendAsync(request)).AssertProblemAsync(404);
        }
        using (var upload = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF")))
        {
            upload.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            await (await ander.PostAsync($"{Url}/{id}/bijlagen?naam=foto.pdf", upload)).AssertProblemAsync(404);
        }
        Assert.DoesNotContain(id.ToString(), (await ReadAsync(ander, Url)).ToJsonString());
        // Amsterdam's token with the other gemeente named is refused outright.
        trekker.DefaultRequestHeaders.Remove("Gemeente");
        trekker.DefaultRequestHeaders.Add("Gemeente", "aa-en-hunze");
        await (await trekker.GetAsync($"{Url}/{id}")).AssertProblemAsync(403);

        Assert.Equal(voor, (await ReadAsync(await ClientAsync(AmsterdamTrekker), $"{Url}/{id}")).ToJsonString());
        Assert.Empty((await ReadAsync(await ClientAsync(AmsterdamTrekker), $"{Url}/{id}/aanmeldingen"))["items"]!.AsArray());
    }

    [Fact]
    public async Task The_gemeente_sets_its_cycle_and_sees_the_next_BuurTop_dagen()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var standaard = await ReadAsync(beleid, $"{Url}/cyclus");
        Assert.True(standaard["standaard"]!.GetValue<bool>());
        Assert.Equal(4, standaard["intervalJaren"]!.GetValue<int>());
        Assert.All(standaard["volgendeBuurtTopDagen"]!.AsArray(), d => Assert.Equal(DayOfWeek.Saturday, DateOnly.Parse(d!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek));

        await (await beleid.PutJsonAsync($"{Url}/cyclus", Cyclus(dag: 29, maand: 2))).AssertProblemAsync(400);
        var vast = await PutAsync(beleid, $"{Url}/cyclus", Cyclus(dag: 21, maand: 3));
        Assert.False(vast["standaard"]!.GetValue<bool>());
        Assert.All(vast["volgendeBuurtTopDagen"]!.AsArray(), d => Assert.EndsWith("-03-21", d!.GetValue<string>()));
        var terug = await PutAsync(beleid, $"{Url}/cyclus", new
        {
            intervalJaren = 4, aankondigingMaanden = 12, herinneringDagen = 14, regio = "noord", dagregel = "eersteZaterdagNaKerstvakantie",
            vasteDag = (int?)null, vasteMaand = (int?)null,
        });
        Assert.Equal("noord", terug["regio"]!.GetValue<string>());
        await (await (await fixture.AuthenticatedAsync(ApiFactory.AmsterdamRaadClient, "amsterdam")).GetAsync($"{Url}/cyclus")).AssertProblemAsync(403);
    }

    private static object Cyclus(int dag, int maand) => new
    {
        intervalJaren = 4, aankondigingMaanden = 12, herinneringDagen = 14, regio = "midden", dagregel = "vasteDatum", vasteDag = dag, vasteMaand = maand,
    };

    /// <summary>The stored secret is only its SHA-256 hash.</summary>
    private async Task AssertStoredHashAsync(Guid buurtTopId, string sleutel)
    {
        var tenant = await fixture.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync("amsterdam", CancellationToken.None);
        using var _ = fixture.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var hashes = await db.Set<Aanmelding>().Where(a => a.BuurtTopId == buurtTopId).Select(a => a.AfmeldSleutelHash).ToListAsync();
        Assert.Contains(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel))), hashes);
        Assert.DoesNotContain(sleutel, hashes);
    }

    [GeneratedRegex(@"afmelden\?sleutel=([^&\s]+)")]
    private static partial Regex SleutelUitLink();

    /// <summary>The days to the BuurtTop and the time of change may differ between reads; nothing else.</summary>
    private static string Zonder(string json) => Regex.Replace(json, "\"gewijzigdOp\":\"[^\"]*\"", "");

    private static object Telling(int bewoners = 20) =>
        new { bewoners, sterkhouders = 5, ondernemers = 6, zzpers = 3, professionals = 10, ambtenaren = 4, raadsleden = 2 };

    private static object Aanmelding(string naam, string email, bool toestemming = true, string versie = Domain.BuurtTops.Aanmelding.ToestemmingVersieHuidig,
        string categorie = "bewoners") =>
        new { naam, email, categorie, toestemming, toestemmingVersie = versie };

    private static object Plan(DateOnly eerste, DateOnly tweede, bool gereed = false, long bedrag = 50_000) => new
    {
        themas = new[] { "Wonen", "Leefbaarheid" },
        werkgroepen = new[] { new { id = (Guid?)null, naam = "Werkgroep wonen", thema = (string?)"Wonen", leden = new[] { new { naam = "Fatima", rol = (string?)"bewoner" } } } },
        mijlpalen = new[]
        {
            new { id = (Guid?)null, omschrijving = "Werkgroepen gevormd", datum = eerste, gereed },
            new { id = (Guid?)null, omschrijving = "Uitnodigingen verstuurd", datum = tweede, gereed },
        },
        informatiebehoeften = new[] { "Plannen van de corporatie" },
        begroting = new[] { new { omschrijving = "Zaalhuur", bedragEurocent = bedrag } },
        projectleider = new { naam = (string?)"Joost", uren = 200m, bedragEurocent = 1_200_000L },
    };

    private static object Aankondiging(Guid wijk, DateOnly datum, Guid organisatie, int? capaciteit = null, string soort = "bewonersorganisatie") => new
    {
        wijkId = wijk,
        titel = "BuurtTop Noord",
        datum,
        plek = (string?)"Buurthuis De Ster",
        capaciteit,
        organisator = new
        {
            soort,
            team = organisatie == Guid.Empty ? Array.Empty<Guid>() : [organisatie],
            taakgroep = soort == "taakgroep" ? new[] { new { naam = "Ambtenaar Jansen", rol = "ambtenaar" } } : [],
            financieringsbron = (string?)"Wijkbudget",
            financieringEurocent = 1_500_000L,
        },
    };

    private async Task<JsonNode> CreateAsync(HttpClient client, Guid wijk, DateOnly datum, int? capaciteit = null)
    {
        using var response = await client.PostJsonAsync(Url, Aankondiging(wijk, datum, fixture.Trekker, capaciteit));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>A BuurtTop held today in <paramref name="wijk"/>.</summary>
    private async Task<Guid> GehoudenAsync(HttpClient trekker, Guid wijk)
    {
        var id = (await CreateAsync(trekker, wijk, Vandaag))["id"]!.GetValue<Guid>();
        await PostAsync(trekker, $"{Url}/{id}/voorbereidingen");
        await PostAsync(trekker, $"{Url}/{id}/aanwezigheid", new { aanwezigheid = Telling() });
        return id;
    }

    private static async Task<JsonNode> RegisterAsync(HttpClient publiek, Guid id, string naam, string email, string prefix = "")
    {
        using var response = await publiek.PostJsonAsync($"{prefix}{Url}/{id}/aanmeldingen", Aanmelding(naam, email));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<HttpClient> ClientAsync(string clientId)
    {
        var client = fixture.MetOrganisaties.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(clientId));
        client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        return client;
    }

    private static async Task<JsonNode> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string url, object? body = null)
    {
        using var response = body is null ? await client.PostAsync(url, null) : await client.PostJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    private static async Task<JsonNode> PutAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PutJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }
}
