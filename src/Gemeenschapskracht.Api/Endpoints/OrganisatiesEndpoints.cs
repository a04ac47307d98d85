using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;
using Gemeenschapskracht.Application.Organisaties.Commands.SetBankrekening;
using Gemeenschapskracht.Application.Organisaties.Commands.StopOrganisatie;
using Gemeenschapskracht.Application.Organisaties.Commands.UpdateOrganisatie;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Application.Organisaties.Queries.GetBankrekening;
using Gemeenschapskracht.Application.Organisaties.Queries.GetOrganisatie;
using Gemeenschapskracht.Application.Organisaties.Queries.ListOrganisaties;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The register of organisations of the wijken: bewonersorganisaties, groups, welzijn, corporaties, schools, departments.</summary>
public sealed class OrganisatiesEndpoints : IEndpointGroup
{
    public string Route => "organisaties";

    public string Tag => "Organisaties";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListOrganisaties).Named().RequiresRole()
            .WithSummary("Het register van organisaties, te filteren op soort, wijk en naam");
        group.MapGet("/{id:guid}", GetOrganisatie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén organisatie met haar wijken, thema's en contactgegevens");
        group.MapPost("", CreateOrganisatie).Named()
            .WithSummary("Een organisatie aan het register toevoegen");
        group.MapPut("/{id:guid}", UpdateOrganisatie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De gegevens van een organisatie vervangen (alle velden opgeven); leden van een organisatie alleen die van hun eigen organisatie");
        group.MapPost("/{id:guid}/beeindigingen", StopOrganisatie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Vastleggen dat een organisatie is gestopt; zij blijft met haar geschiedenis in het register");
        group.MapGet("/{id:guid}/bankrekening", GetBankrekening).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De rekening waarop de subsidie van de organisatie wordt betaald (gemeente, auditor en de eigen leden)");
        group.MapPut("/{id:guid}/bankrekening", SetBankrekening).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De rekening vastleggen (IBAN met controle mod 97, tenaamstelling); leden alleen voor hun eigen organisatie");
    }

    public static async Task<Ok<PagedList<OrganisatieSamenvattingDto>>> ListOrganisaties(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, string? soort = null, Guid? wijkId = null, string? zoek = null)
    {
        var result = await mediator.Send(new ListOrganisatiesQuery(page, pageSize, soort, wijkId, zoek), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<OrganisatieDto>> GetOrganisatie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOrganisatieQuery(id), ct));

    public static async Task<Created<OrganisatieDto>> CreateOrganisatie(IMediator mediator, CreateOrganisatieCommand command, CancellationToken ct)
    {
        var organisatie = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/organisaties/{organisatie.Id}", organisatie);
    }

    public static async Task<Ok<OrganisatieDto>> UpdateOrganisatie(IMediator mediator, Guid id, UpdateOrganisatieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<OrganisatieDto>> StopOrganisatie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new StopOrganisatieCommand(id), ct));

    public static async Task<Ok<BankrekeningDto>> GetBankrekening(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBankrekeningQuery(id), ct));

    public static async Task<Ok<BankrekeningDto>> SetBankrekening(IMediator mediator, Guid id, SetBankrekeningCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
