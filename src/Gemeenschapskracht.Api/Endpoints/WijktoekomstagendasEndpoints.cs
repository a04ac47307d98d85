using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddAmbitie;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddAmbitieOpmerking;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddVerspreiding;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddWerkgroep;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.ChangeAmbitieStatus;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.CreateWijktoekomstagenda;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.PublishWijktoekomstagenda;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.StartUitvoering;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.UpdateAmbitie;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.UpdateWijktoekomstagenda;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.GetWijktoekomstagenda;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.GetWijktoekomstagendaDocument;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.ListWijktoekomstagendas;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 3: the wijktoekomstagenda per wijk, with its ambitions and working groups, published to the wijk.</summary>
public sealed class WijktoekomstagendasEndpoints : IEndpointGroup
{
    private const string Base = $"{OpenApi.NlApiDesignRules.BasePath}/wijktoekomstagendas";

    public string Route => "wijktoekomstagendas";

    public string Tag => "Wijktoekomstagendas";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListWijktoekomstagendas).Named()
            .WithSummary("De agenda's per wijk en versie (het publiek ziet alleen gepubliceerde)");
        group.MapGet("/{id:guid}", GetWijktoekomstagenda).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén versie met haar ambities (in de volgorde waarin ze zijn geschreven), werkgroepen en verspreiding");
        group.MapGet("/{id:guid}/document", GetWijktoekomstagendaDocument).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("Eén versie als PDF om te printen en huis aan huis te verspreiden");
        group.MapPost("", CreateWijktoekomstagenda).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een agenda beginnen (het team van het laatste wijkbeeld als geen team is opgegeven), of een nieuwe versie van de laatste");
        group.MapPut("/{id:guid}", UpdateWijktoekomstagenda).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Titel, inleiding, horizon en BuurtTop van een concept vervangen (alle velden opgeven)");
        group.MapPost("/{id:guid}/publicaties", PublishWijktoekomstagenda).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De agenda publiceren; de vorige openbare versie wordt gearchiveerd");
        group.MapPost("/{id:guid}/uitvoeringen", StartUitvoering).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De agenda in uitvoering nemen, na de publicatie of na een herijking");
        group.MapPost("/{id:guid}/verspreidingen", AddVerspreiding).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een regel in het verspreidingslogboek: huis aan huis, op plekken of online");
        group.MapPost("/{id:guid}/ambities", AddAmbitie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een ambitie als droom vastleggen: titel en tekst, gekoppeld aan een publieke waarde of als eigen doel");
        group.MapPut("/{id:guid}/ambities/{ambitieId:guid}", UpdateAmbitie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een ambitie herschrijven (alle velden opgeven); de gemeente kan niet wijzigen wat bewoners schreven");
        group.MapPost("/{id:guid}/ambities/{ambitieId:guid}/statussen", ChangeAmbitieStatus).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een ambitie een stap verder zetten, of loslaten met een reden");
        group.MapPost("/{id:guid}/ambities/{ambitieId:guid}/werkgroepen", AddWerkgroep).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een werkgroep bij een ambitie");
        group.MapPost("/{id:guid}/ambities/{ambitieId:guid}/opmerkingen", AddAmbitieOpmerking).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een opmerking bij een ambitie plaatsen");
    }

    public static async Task<Ok<PagedList<WijktoekomstagendaSamenvattingDto>>> ListWijktoekomstagendas(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? wijkId = null)
    {
        var result = await mediator.Send(new ListWijktoekomstagendasQuery(page, pageSize, wijkId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<WijktoekomstagendaDto>> GetWijktoekomstagenda(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetWijktoekomstagendaQuery(id), ct));

    public static async Task<FileContentHttpResult> GetWijktoekomstagendaDocument(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetWijktoekomstagendaDocumentQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Created<WijktoekomstagendaDto>> CreateWijktoekomstagenda(IMediator mediator, CreateWijktoekomstagendaCommand command, CancellationToken ct)
    {
        var agenda = await mediator.Send(command, ct);
        return TypedResults.Created($"{Base}/{agenda.Id}", agenda);
    }

    public static async Task<Ok<WijktoekomstagendaDto>> UpdateWijktoekomstagenda(IMediator mediator, Guid id, UpdateWijktoekomstagendaCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<WijktoekomstagendaDto>> PublishWijktoekomstagenda(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PublishWijktoekomstagendaCommand(id), ct));

    public static async Task<Ok<WijktoekomstagendaDto>> StartUitvoering(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new StartUitvoeringCommand(id), ct));

    public static async Task<Created<VerspreidingDto>> AddVerspreiding(IMediator mediator, Guid id, AddVerspreidingCommand command, CancellationToken ct) =>
        TypedResults.Created($"{Base}/{id}", await mediator.Send(command with { AgendaId = id }, ct));

    public static async Task<Created<AmbitieDto>> AddAmbitie(IMediator mediator, Guid id, AddAmbitieCommand command, CancellationToken ct) =>
        TypedResults.Created($"{Base}/{id}", await mediator.Send(command with { AgendaId = id }, ct));

    public static async Task<Ok<AmbitieDto>> UpdateAmbitie(IMediator mediator, Guid id, Guid ambitieId, UpdateAmbitieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { AgendaId = id, AmbitieId = ambitieId }, ct));

    public static async Task<Ok<AmbitieDto>> ChangeAmbitieStatus(IMediator mediator, Guid id, Guid ambitieId, ChangeAmbitieStatusCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { AgendaId = id, AmbitieId = ambitieId }, ct));

    public static async Task<Created<WerkgroepDto>> AddWerkgroep(IMediator mediator, Guid id, Guid ambitieId, AddWerkgroepCommand command, CancellationToken ct) =>
        TypedResults.Created($"{Base}/{id}", await mediator.Send(command with { AgendaId = id, AmbitieId = ambitieId }, ct));

    public static async Task<Created<OpmerkingDto>> AddAmbitieOpmerking(IMediator mediator, Guid id, Guid ambitieId, AddAmbitieOpmerkingCommand command, CancellationToken ct) =>
        TypedResults.Created($"{Base}/{id}", await mediator.Send(command with { AgendaId = id, AmbitieId = ambitieId }, ct));
}
