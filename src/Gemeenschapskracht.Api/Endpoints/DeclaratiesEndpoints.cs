using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Declaraties.Commands.ApproveDeclaratie;
using Gemeenschapskracht.Application.Declaraties.Commands.AssessDeclaratie;
using Gemeenschapskracht.Application.Declaraties.Commands.CreateDeclaratie;
using Gemeenschapskracht.Application.Declaraties.Commands.DeleteDeclaratie;
using Gemeenschapskracht.Application.Declaraties.Commands.ReplaceBonnetje;
using Gemeenschapskracht.Application.Declaraties.Commands.SubmitDeclaratie;
using Gemeenschapskracht.Application.Declaraties.Commands.UpdateDeclaratie;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Queries.GetBonnetje;
using Gemeenschapskracht.Application.Declaraties.Queries.GetDeclaratie;
using Gemeenschapskracht.Application.Declaraties.Queries.ListDeclaraties;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Bijlagen;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// Route step 5: declaraties (R5.4). A volunteer submits an expense with its receipt from a phone (a form with the
/// photo or PDF), the host's back office approves it with four eyes above the host's threshold or sends it back, holds
/// or rejects it; approved ones are paid in a batch (<see cref="DeclaratiebetalingenEndpoints"/>).
/// </summary>
public sealed class DeclaratiesEndpoints : IEndpointGroup
{
    private static readonly string[] Bontypes = [Bestandstype.Pdf, Bestandstype.Png, Bestandstype.Jpeg, Bestandstype.Webp, Bonnetje.Heic];

    public string Route => "declaraties";

    public string Tag => "Declaraties";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListDeclaraties).Named().RequiresRole()
            .WithSummary("De declaraties die u mag lezen: wat op een besluit wacht eerst (de backoffice die van haar host, een groep de eigen)");
        group.MapGet("/{id:guid}", GetDeclaratie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén declaratie met haar goedkeuringen en geschiedenis");
        // The form is no command bound as the body, so the endpoint says who may send it: nobody else's form is read.
        group.MapPost("", CreateDeclaratie).Named().RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = DeclaratieQueries.Indieners })
            .RequiresRole().Accepts<DeclaratieFormulier>("multipart/form-data")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Een declaratie met haar bonnetje (foto of PDF, hoogstens 10 MB) als formulier; als concept of meteen ingediend");
        group.MapPut("/{id:guid}", UpdateDeclaratie).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een concept of onvolledige declaratie wijzigen (alle velden opgeven)");
        group.MapDelete("/{id:guid}", DeleteDeclaratie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een concept verwijderen");
        group.MapGet("/{id:guid}/bonnetje", GetBonnetje).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: Bontypes[0], additionalContentTypes: [.. Bontypes.Skip(1)])
            .WithSummary("Het bonnetje downloaden");
        group.MapPut("/{id:guid}/bonnetje", ReplaceBonnetje).Named().RequiresRole().AcceptsRawBody(Bontypes)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Het bonnetje vervangen: de bytes van een foto of PDF (hoogstens 10 MB) als de body, de bestandsnaam als ?naam=");
        group.MapPost("/{id:guid}/indieningen", SubmitDeclaratie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een concept of onvolledige declaratie indienen");
        group.MapPost("/{id:guid}/goedkeuringen", ApproveDeclaratie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een declaratie goedkeuren (nooit de eigen; boven de drempel van de host twee verschillende goedkeurders)");
        group.MapPost("/{id:guid}/beoordelingen", AssessDeclaratie).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een declaratie onvolledig verklaren, aanhouden of afwijzen, met de reden");
    }

    public static async Task<Ok<PagedList<DeclaratieDto>>> ListDeclaraties(IMediator mediator, HttpContext http, int page = 1, int pageSize = Paging.DefaultPageSize,
        Guid? administratieId = null, string? status = null)
    {
        var result = await mediator.Send(new ListDeclaratiesQuery(page, pageSize, administratieId, status), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<DeclaratieDto>> GetDeclaratie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDeclaratieQuery(id), ct));

    public static async Task<Created<DeclaratieDto>> CreateDeclaratie(IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var form = await FormulierLezer.LeesAsync(request, ct);
        var administratieId = form.Id("administratieId", "de administratie van de groep");
        var bedrag = form.Eurocent("bedragEurocent", "het bedrag in eurocent");
        var datum = form.Datum("uitgavedatum", "de datum van de uitgave (jjjj-mm-dd)");
        var indienen = form.JaNee("indienen", "of de declaratie meteen wordt ingediend (true of false)");
        form.ControleerGeldig();
        var bestand = await form.BestandAsync("bonnetje", "het bonnetje", false, Bonnetje.MaxBytes, ct);
        var declaratie = await mediator.Send(new CreateDeclaratieCommand
        {
            AdministratieId = administratieId!.Value,
            BedragEurocent = bedrag!.Value,
            Uitgavedatum = datum!.Value,
            Rekening = form.Tekst("rekening"),
            Omschrijving = form.Tekst("omschrijving"),
            NaamBegunstigde = form.Tekst("naamBegunstigde"),
            Iban = form.Tekst("iban"),
            Indienen = indienen!.Value,
            BonnetjeNaam = bestand?.Naam,
            Bonnetje = bestand?.Inhoud,
        }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/declaraties/{declaratie.Id}", declaratie);
    }

    public static async Task<Ok<DeclaratieDto>> UpdateDeclaratie(IMediator mediator, Guid id, UpdateDeclaratieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<NoContent> DeleteDeclaratie(IMediator mediator, Guid id, CancellationToken ct)
    {
        await mediator.Send(new DeleteDeclaratieCommand(id), ct);
        return TypedResults.NoContent();
    }

    public static async Task<FileContentHttpResult> GetBonnetje(IMediator mediator, Guid id, CancellationToken ct)
    {
        var bestand = await mediator.Send(new GetBonnetjeQuery(id), ct);
        return TypedResults.File(bestand.Inhoud, bestand.ContentType, bestand.Naam);
    }

    public static async Task<Ok<DeclaratieDto>> ReplaceBonnetje(IMediator mediator, HttpRequest request, Guid id, string naam, CancellationToken ct)
    {
        var inhoud = await request.ReadLimitedAsync(Bonnetje.MaxBytes, ct);
        return TypedResults.Ok(await mediator.Send(new ReplaceBonnetjeCommand(id, naam, inhoud), ct));
    }

    public static async Task<Ok<DeclaratieDto>> SubmitDeclaratie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SubmitDeclaratieCommand(id), ct));

    public static async Task<Ok<DeclaratieDto>> ApproveDeclaratie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ApproveDeclaratieCommand(id), ct));

    public static async Task<Ok<DeclaratieDto>> AssessDeclaratie(IMediator mediator, Guid id, AssessDeclaratieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}

/// <summary>The form a new declaratie is sent as (multipart/form-data), as the OpenAPI document describes it.</summary>
public sealed record DeclaratieFormulier(
    Guid AdministratieId, long BedragEurocent, DateOnly Uitgavedatum, string Rekening, string Omschrijving, string NaamBegunstigde, string Iban, bool Indienen,
    IFormFile? Bonnetje);
