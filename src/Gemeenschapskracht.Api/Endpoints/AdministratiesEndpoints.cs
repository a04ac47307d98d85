using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Administraties.Commands.CloseAdministratieperiode;
using Gemeenschapskracht.Application.Administraties.Commands.CreateAdministratie;
using Gemeenschapskracht.Application.Administraties.Commands.ExplainBankmutatie;
using Gemeenschapskracht.Application.Administraties.Commands.ImportBankafschrift;
using Gemeenschapskracht.Application.Administraties.Commands.LinkBankmutatie;
using Gemeenschapskracht.Application.Administraties.Commands.PostJournaalpost;
using Gemeenschapskracht.Application.Administraties.Commands.PostOpeningsbalans;
using Gemeenschapskracht.Application.Administraties.Commands.ReverseJournaalpost;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Queries.GetAdministratie;
using Gemeenschapskracht.Application.Administraties.Queries.GetAdministratiebalans;
using Gemeenschapskracht.Application.Administraties.Queries.GetAuditfile;
using Gemeenschapskracht.Application.Administraties.Queries.GetBankafschrift;
using Gemeenschapskracht.Application.Administraties.Queries.GetOpenbareAdministratie;
using Gemeenschapskracht.Application.Administraties.Queries.GetPeriodeExport;
using Gemeenschapskracht.Application.Administraties.Queries.ListAdministratieperioden;
using Gemeenschapskracht.Application.Administraties.Queries.ListAdministraties;
using Gemeenschapskracht.Application.Administraties.Queries.ListBankafschriften;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Administraties.Queries.ListGrootboekrekeningen;
using Gemeenschapskracht.Application.Administraties.Queries.ListJournaalposten;
using Gemeenschapskracht.Application.Administraties.Queries.ListOpenbareAdministraties;
using Gemeenschapskracht.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// Route step 5: the administratie a host keeps for a resident group (R5.2): the chart of accounts (RGS), the
/// journal with its reversals, the opening balance, the months and their close (J8), the trial balance, the bank
/// statements (CAMT.053) matched to the journal, and the group's public balance.
/// </summary>
public sealed class AdministratiesEndpoints : IEndpointGroup
{
    private static readonly string[] BankafschriftTypes = ["application/xml", "text/xml"];

    public string Route => "administraties";

    public string Tag => "Administraties";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListAdministraties).Named().RequiresRole()
            .WithSummary("De administraties die u mag lezen (de backoffice die van haar host, een groep de eigen)");
        group.MapGet("/{id:guid}", GetAdministratie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén administratie: groep, host, start, openingsbalans en hoe ver de maanden zijn afgesloten");
        group.MapPost("", CreateAdministratie).Named().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Een administratie openen voor een groep zonder eigen rechtspersoon, gevoerd door een host");
        group.MapGet("/{id:guid}/grootboekrekeningen", ListGrootboekrekeningen).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het rekeningschema, met de RGS-referentiecodes");
        group.MapGet("/{id:guid}/journaalposten", ListJournaalposten).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De journaalposten, nieuwste eerst");
        group.MapPost("/{id:guid}/journaalposten", PostJournaalpost).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een journaalpost boeken (debet en credit in evenwicht, in een open maand)");
        group.MapPost("/{id:guid}/journaalposten/{journaalpostId:guid}/tegenboekingen", ReverseJournaalpost).Named()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een journaalpost tegenboeken: een nieuwe post die haar ongedaan maakt");
        group.MapPost("/{id:guid}/openingsbalansen", PostOpeningsbalans).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("De openingsbalans boeken (eenmalig, op de startdatum)");
        group.MapGet("/{id:guid}/perioden", ListAdministratieperioden).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De maanden, nieuwste eerst: open of afgesloten, en wat het afsluiten tegenhoudt");
        group.MapPost("/{id:guid}/perioden/{periode}/afsluitingen", CloseAdministratieperiode).Named().RequiresRole()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een voorbije maand afsluiten; daarna wordt er niet meer in geboekt");
        group.MapGet("/{id:guid}/perioden/{periode}/export.csv", GetPeriodeExport).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("De journaalregels van een maand als CSV voor de accountant (puntkomma's, decimale komma)");
        group.MapGet("/{id:guid}/auditfile", GetAuditfile).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .WithSummary("Een boekjaar als XML Auditfile Financieel 3.2 (XAF) met de RGS-codes");
        group.MapGet("/{id:guid}/balans", GetAdministratiebalans).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De saldibalans op een dag: per rekening debet, credit en saldo");
        group.MapGet("/{id:guid}/bankafschriften", ListBankafschriften).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De ingelezen bankafschriften, nieuwste eerst, met hoeveel mutaties nog open staan");
        group.MapGet("/{id:guid}/bankafschriften/{afschriftId:guid}", GetBankafschrift).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén bankafschrift met zijn mutaties: gekoppeld, verklaard of open (met de journaalposten die passen)");
        group.MapPost("/{id:guid}/bankafschriften", ImportBankafschrift).Named().RequiresRole().AcceptsRawBody(BankafschriftTypes)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Een bankafschrift inlezen: het CAMT.053-bestand (XML, hoogstens 5 MB) als de body, de bestandsnaam als ?naam=; de mutaties worden aan journaalposten gekoppeld");
        group.MapPost("/{id:guid}/bankafschriften/{afschriftId:guid}/mutaties/{mutatieId:guid}/koppelingen", LinkBankmutatie).Named().RequiresRole()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een open bankmutatie met de hand aan een journaalpost koppelen (zelfde bedrag en richting, nog niet gekoppeld)");
        group.MapPost("/{id:guid}/bankafschriften/{afschriftId:guid}/mutaties/{mutatieId:guid}/verklaringen", ExplainBankmutatie).Named().RequiresRole()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een open bankmutatie zonder journaalpost verklaren, met de reden");
        group.MapGet("/openbaar", ListOpenbareAdministraties).Named()
            .WithSummary("De groepen waarvan een host de boeken voert, met wat zij over hebben (openbaar)");
        group.MapGet("/{id:guid}/openbaar", GetOpenbareAdministratie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De openbare balans van een groep over een jaar: inkomsten per bron, uitgaven per categorie, wat er over is");
    }

    /// <param name="hostorganisatieId">Only the administraties this host keeps.</param>
    public static async Task<Ok<PagedList<AdministratieDto>>> ListAdministraties(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? hostorganisatieId = null)
    {
        var result = await mediator.Send(new ListAdministratiesQuery(page, pageSize, hostorganisatieId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<AdministratieDto>> GetAdministratie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetAdministratieQuery(id), ct));

    public static async Task<Created<AdministratieDto>> CreateAdministratie(IMediator mediator, CreateAdministratieCommand command, CancellationToken ct)
    {
        var administratie = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/administraties/{administratie.Id}", administratie);
    }

    public static async Task<Ok<PagedList<GrootboekrekeningDto>>> ListGrootboekrekeningen(IMediator mediator, HttpContext http, Guid id,
        int page = 1, int pageSize = Paging.MaxPageSize)
    {
        var result = await mediator.Send(new ListGrootboekrekeningenQuery(id, page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<PagedList<JournaalpostDto>>> ListJournaalposten(IMediator mediator, HttpContext http, Guid id,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListJournaalpostenQuery(id, page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Created<JournaalpostDto>> PostJournaalpost(IMediator mediator, Guid id, PostJournaalpostCommand command, CancellationToken ct)
    {
        var post = await mediator.Send(command with { AdministratieId = id }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/administraties/{id}/journaalposten", post);
    }

    public static async Task<Created<JournaalpostDto>> ReverseJournaalpost(IMediator mediator, Guid id, Guid journaalpostId, ReverseJournaalpostCommand command,
        CancellationToken ct)
    {
        var post = await mediator.Send(command with { AdministratieId = id, JournaalpostId = journaalpostId }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/administraties/{id}/journaalposten", post);
    }

    public static async Task<Created<JournaalpostDto>> PostOpeningsbalans(IMediator mediator, Guid id, PostOpeningsbalansCommand command, CancellationToken ct)
    {
        var post = await mediator.Send(command with { AdministratieId = id }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/administraties/{id}/journaalposten", post);
    }

    public static async Task<Ok<PagedList<AdministratieperiodeDto>>> ListAdministratieperioden(IMediator mediator, HttpContext http, Guid id,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListAdministratieperiodenQuery(id, page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    /// <param name="periode">The month as jaar-maand, e.g. 2027-03 (the <c>code</c> of the month in the list).</param>
    public static async Task<Ok<AdministratieperiodeDto>> CloseAdministratieperiode(IMediator mediator, Guid id, string periode, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CloseAdministratieperiodeCommand(id, periode), ct));

    /// <param name="periode">The month as jaar-maand, e.g. 2027-03.</param>
    public static async Task<FileContentHttpResult> GetPeriodeExport(IMediator mediator, Guid id, string periode, CancellationToken ct) =>
        Bestand(await mediator.Send(new GetPeriodeExportQuery(id, periode), ct));

    /// <param name="jaar">The fiscal year; this year when left out.</param>
    public static async Task<FileContentHttpResult> GetAuditfile(IMediator mediator, Guid id, int? jaar, CancellationToken ct) =>
        Bestand(await mediator.Send(new GetAuditfileQuery(id, jaar), ct));

    private static FileContentHttpResult Bestand(AdministratieBestand bestand) => TypedResults.File(bestand.Content, bestand.ContentType, bestand.FileName);

    /// <param name="peildatum">The day of the balance; today when left out.</param>
    public static async Task<Ok<AdministratiebalansDto>> GetAdministratiebalans(IMediator mediator, Guid id, DateOnly? peildatum, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetAdministratiebalansQuery(id, peildatum), ct));

    public static async Task<Ok<PagedList<BankafschriftSamenvattingDto>>> ListBankafschriften(IMediator mediator, HttpContext http, Guid id,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListBankafschriftenQuery(id, page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<BankafschriftDto>> GetBankafschrift(IMediator mediator, Guid id, Guid afschriftId, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBankafschriftQuery(id, afschriftId), ct));

    /// <param name="naam">The file name, shown in the list of statements.</param>
    public static async Task<Created<BankafschriftDto>> ImportBankafschrift(IMediator mediator, HttpRequest request, Guid id, string? naam, CancellationToken ct)
    {
        var inhoud = await request.ReadLimitedAsync(Camt053.MaxBytes, ct);
        var afschrift = await mediator.Send(new ImportBankafschriftCommand(id, naam, inhoud), ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/administraties/{id}/bankafschriften/{afschrift.Id}", afschrift);
    }

    public static async Task<Ok<BankafschriftDto>> LinkBankmutatie(IMediator mediator, Guid id, Guid afschriftId, Guid mutatieId, LinkBankmutatieCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { AdministratieId = id, AfschriftId = afschriftId, MutatieId = mutatieId }, ct));

    public static async Task<Ok<BankafschriftDto>> ExplainBankmutatie(IMediator mediator, Guid id, Guid afschriftId, Guid mutatieId, ExplainBankmutatieCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { AdministratieId = id, AfschriftId = afschriftId, MutatieId = mutatieId }, ct));

    public static async Task<Ok<PagedList<OpenbareAdministratieSamenvattingDto>>> ListOpenbareAdministraties(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListOpenbareAdministratiesQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    /// <param name="jaar">The year; this year when left out.</param>
    public static async Task<Ok<OpenbareAdministratieDto>> GetOpenbareAdministratie(IMediator mediator, Guid id, int? jaar, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOpenbareAdministratieQuery(id, jaar), ct));
}
