using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Visitaties.Commands.AddInbreng;
using Gemeenschapskracht.Application.Visitaties.Commands.AddPanellid;
using Gemeenschapskracht.Application.Visitaties.Commands.AddVervolgactie;
using Gemeenschapskracht.Application.Visitaties.Commands.AdoptRapport;
using Gemeenschapskracht.Application.Visitaties.Commands.CloseVisitatie;
using Gemeenschapskracht.Application.Visitaties.Commands.CompleteVervolgactie;
using Gemeenschapskracht.Application.Visitaties.Commands.ConfirmPanel;
using Gemeenschapskracht.Application.Visitaties.Commands.DraftRapport;
using Gemeenschapskracht.Application.Visitaties.Commands.RemovePanellid;
using Gemeenschapskracht.Application.Visitaties.Commands.ScorePerspectief;
using Gemeenschapskracht.Application.Visitaties.Commands.SubmitReactie;
using Gemeenschapskracht.Application.Visitaties.Commands.SubmitZelfreflectie;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Queries.GetLeeroverzicht;
using Gemeenschapskracht.Application.Visitaties.Queries.GetVisitatie;
using Gemeenschapskracht.Application.Visitaties.Queries.GetVisitatierapport;
using Gemeenschapskracht.Application.Visitaties.Queries.ListVisitatierapporten;
using Gemeenschapskracht.Application.Visitaties.Queries.ListVisitaties;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// Route step 6: the visitaties (R6.3) that job J9 opens, from panel to follow-up. A panel member reaches only the
/// visitatie they sit on while it runs, the reviewed organisation its own; adopted reports are public.
/// </summary>
public sealed class VisitatiesEndpoints : IEndpointGroup
{
    private const string Id = "/{id:guid}";

    public string Route => "visitaties";

    public string Tag => "Visitaties";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListVisitaties).Named().RequiresRole()
            .WithSummary("De visitaties waaraan u deelneemt (de gemeente: alle), de laatst geplande eerst");
        group.MapGet("/rapporten", ListVisitatierapporten).Named()
            .WithSummary("De vastgestelde visitatierapporten met de reactie van de gevisiteerde, de nieuwste eerst (nooit op oordeel gerangschikt)");
        group.MapGet("/leeroverzicht", GetLeeroverzicht).Named()
            .WithSummary("Wat de vastgestelde rapporten leren: per perspectief de verdeling van de oordelen en de terugkerende thema's, nooit een ranglijst (G-1)");
        group.MapGet(Id, GetVisitatie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het visitatiedossier, voor zover u eraan deelneemt");
        group.MapGet($"{Id}/rapport", GetVisitatierapport).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("Het rapport als PDF: het concept voor wie deelneemt, na vaststelling voor iedereen");
        group.MapPost($"{Id}/panelleden", AddPanellid).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een panellid voorstellen met wat het verklaarde (woonwijk, organisaties, belang)");
        group.MapDelete($"{Id}/panelleden/{{gebruikerId:guid}}", RemovePanellid).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een voorgesteld panellid weer uit het panel halen");
        group.MapPost($"{Id}/panelbevestigingen", ConfirmPanel).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het panel bevestigen (minstens één bewoner uit een andere wijk en één raadslid) en de zelfreflectie vragen");
        group.MapPut($"{Id}/zelfreflectie", SubmitZelfreflectie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De zelfreflectie van de gevisiteerde vastleggen");
        group.MapPost($"{Id}/inbreng", AddInbreng).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Vastleggen wat een belanghebbende het panel vertelde");
        group.MapPut($"{Id}/beoordelingen/{{perspectiefId:guid}}", ScorePerspectief).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het oordeel van het panel op één perspectief, altijd met een toelichting");
        group.MapPost($"{Id}/conceptrapporten", DraftRapport).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het conceptrapport maken zodra elk perspectief beoordeeld is; de reactietermijn begint");
        group.MapPut($"{Id}/reactie", SubmitReactie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De reactie van de gevisiteerde op het conceptrapport");
        group.MapPost($"{Id}/vaststellingen", AdoptRapport).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het rapport vaststellen, na de reactie of na de reactietermijn");
        group.MapPost($"{Id}/vervolgacties", AddVervolgactie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een vervolgactie met eigenaar en deadline; zij komt in de toezeggingentracker");
        group.MapPost($"{Id}/vervolgacties/{{actieId:guid}}/gereedmeldingen", CompleteVervolgactie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een vervolgactie gereed melden, met het bewijs: wat er gedaan is of waar het te zien is");
        group.MapPost($"{Id}/afrondingen", CloseVisitatie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De visitatie afronden als elke vervolgactie gereed is; het panel heeft dan geen toegang meer");
    }

    public static async Task<Ok<PagedList<VisitatieSamenvattingDto>>> ListVisitaties(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? status = null)
    {
        var result = await mediator.Send(new ListVisitatiesQuery(page, pageSize, status), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<LeeroverzichtDto>> GetLeeroverzicht(IMediator mediator, HttpContext http, string? soort = null,
        int? vanJaar = null, int? totJaar = null) =>
        TypedResults.Ok(await mediator.Send(new GetLeeroverzichtQuery(soort, vanJaar, totJaar), http.RequestAborted));

    public static async Task<Ok<PagedList<VisitatierapportDto>>> ListVisitatierapporten(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListVisitatierapportenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<VisitatieDto>> GetVisitatie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetVisitatieQuery(id), ct));

    public static async Task<FileContentHttpResult> GetVisitatierapport(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetVisitatierapportQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Ok<VisitatieDto>> AddPanellid(IMediator mediator, Guid id, AddPanellidCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<VisitatieDto>> RemovePanellid(IMediator mediator, Guid id, Guid gebruikerId, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RemovePanellidCommand(id, gebruikerId), ct));

    public static async Task<Ok<VisitatieDto>> ConfirmPanel(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ConfirmPanelCommand(id), ct));

    public static async Task<Ok<VisitatieDto>> SubmitZelfreflectie(IMediator mediator, Guid id, SubmitZelfreflectieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<VisitatieDto>> AddInbreng(IMediator mediator, Guid id, AddInbrengCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<VisitatieDto>> ScorePerspectief(IMediator mediator, Guid id, Guid perspectiefId, ScorePerspectiefCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id, PerspectiefId = perspectiefId }, ct));

    public static async Task<Ok<VisitatieDto>> DraftRapport(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DraftRapportCommand(id), ct));

    public static async Task<Ok<VisitatieDto>> SubmitReactie(IMediator mediator, Guid id, SubmitReactieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<VisitatieDto>> AdoptRapport(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new AdoptRapportCommand(id), ct));

    public static async Task<Ok<VisitatieDto>> AddVervolgactie(IMediator mediator, Guid id, AddVervolgactieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<VisitatieDto>> CompleteVervolgactie(IMediator mediator, Guid id, Guid actieId, CompleteVervolgactieCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id, ActieId = actieId }, ct));

    public static async Task<Ok<VisitatieDto>> CloseVisitatie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CloseVisitatieCommand(id), ct));
}
