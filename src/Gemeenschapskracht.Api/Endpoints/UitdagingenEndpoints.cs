using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Uitdagingen.Commands.DecideOntvankelijkheid;
using Gemeenschapskracht.Application.Uitdagingen.Commands.DecideUitdaging;
using Gemeenschapskracht.Application.Uitdagingen.Commands.EvaluateUitdaging;
using Gemeenschapskracht.Application.Uitdagingen.Commands.RecordMonitoring;
using Gemeenschapskracht.Application.Uitdagingen.Commands.RecordOverdracht;
using Gemeenschapskracht.Application.Uitdagingen.Commands.StartBeoordeling;
using Gemeenschapskracht.Application.Uitdagingen.Commands.SubmitUitdaging;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Queries.GetUitdaging;
using Gemeenschapskracht.Application.Uitdagingen.Queries.GetUitdagingBesluit;
using Gemeenschapskracht.Application.Uitdagingen.Queries.ListOpenbareUitdagingen;
using Gemeenschapskracht.Application.Uitdagingen.Queries.ListUitdagingen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// Route step 4: the uitdaagrecht (Wet versterking participatie op decentraal niveau): residents challenge a task of
/// the gemeente with its budget; ontvankelijkheid, assessment by the published criteria, the decision (a beschikking),
/// transfer, monitoring and evaluation; a public list of challenges and their outcome.
/// </summary>
public sealed class UitdagingenEndpoints : IEndpointGroup
{
    public string Route => "uitdagingen";

    public string Tag => "Uitdagingen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListUitdagingen).Named().RequiresRole()
            .WithSummary("De uitdagingen, nieuwste eerst, op status of organisatie (een bewonersorganisatie ziet alleen de hare)");
        group.MapGet("/openbaar", ListOpenbareUitdagingen).Named()
            .WithSummary("De openbare lijst: uitdagingen waarover de gemeente besliste, met hun uitkomst (zonder contactgegevens)");
        group.MapGet("/{id:guid}", GetUitdaging).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén uitdaging met termijnen, beoordeling per criterium, besluit, overdracht en monitoring");
        group.MapGet("/{id:guid}/besluit", GetUitdagingBesluit).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("Het besluit op de uitdaging als PDF-brief, met bezwaarclausule");
        group.MapPost("", SubmitUitdaging).Named()
            .WithSummary("Een uitdaging indienen: als bewonersorganisatie voor de eigen organisatie, of als gemeente namens bewoners");
        group.MapPost("/{id:guid}/ontvankelijkheidsbesluiten", DecideOntvankelijkheid).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Beslissen of de uitdaging ontvankelijk is (met reden als zij dat niet is); de uitdager krijgt een mail");
        group.MapPost("/{id:guid}/beoordelingen", StartBeoordeling).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een ontvankelijke uitdaging in beoordeling nemen");
        group.MapPost("/{id:guid}/besluiten", DecideUitdaging).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Besluiten: toekennen of afwijzen, met een oordeel op elk gepubliceerd criterium en een motivering");
        group.MapPost("/{id:guid}/overdrachten", RecordOverdracht).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De overdracht van taak en budget vastleggen: een subsidiebeschikking, dienstverleningsafspraak of overeenkomst");
        group.MapPost("/{id:guid}/monitoringnotities", RecordMonitoring).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een monitoringnotitie bij de uitvoering van de overgedragen taak");
        group.MapPost("/{id:guid}/evaluaties", EvaluateUitdaging).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De evaluatie van de overgedragen taak");
    }

    /// <param name="status">Only challenges in this status (e.g. ingediend, inBeoordeling).</param>
    /// <param name="organisatieId">Only the challenges of this organisation.</param>
    public static async Task<Ok<PagedList<UitdagingDto>>> ListUitdagingen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, string? status = null, Guid? organisatieId = null)
    {
        var result = await mediator.Send(new ListUitdagingenQuery(page, pageSize, status, organisatieId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<PagedList<OpenbareUitdagingDto>>> ListOpenbareUitdagingen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListOpenbareUitdagingenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<UitdagingDto>> GetUitdaging(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetUitdagingQuery(id), ct));

    public static async Task<FileContentHttpResult> GetUitdagingBesluit(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetUitdagingBesluitQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Created<UitdagingDto>> SubmitUitdaging(IMediator mediator, SubmitUitdagingCommand command, CancellationToken ct)
    {
        var uitdaging = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/uitdagingen/{uitdaging.Id}", uitdaging);
    }

    public static async Task<Ok<UitdagingDto>> DecideOntvankelijkheid(IMediator mediator, Guid id, DecideOntvankelijkheidCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<UitdagingDto>> StartBeoordeling(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new StartBeoordelingCommand(id), ct));

    public static async Task<Ok<UitdagingDto>> DecideUitdaging(IMediator mediator, Guid id, DecideUitdagingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<UitdagingDto>> RecordOverdracht(IMediator mediator, Guid id, RecordOverdrachtCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<UitdagingDto>> RecordMonitoring(IMediator mediator, Guid id, RecordMonitoringCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<UitdagingDto>> EvaluateUitdaging(IMediator mediator, Guid id, EvaluateUitdagingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
