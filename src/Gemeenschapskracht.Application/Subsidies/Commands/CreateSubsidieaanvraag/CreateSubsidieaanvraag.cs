using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.CreateSubsidieaanvraag;

/// <summary>
/// Starts an application as a concept, for the organisation of the caller's membership (G-10: the plan in its own
/// words, the amount, the period, the ambities; G-3: nothing about representativeness). A host organisation applies
/// for an informal group by naming it.
/// </summary>
[Authorize(Roles = SubsidieQueries.Aanvragers)]
[Regel(Regelcatalogus.G10)]
[Regel(Regelcatalogus.G3)]
public sealed record CreateSubsidieaanvraagCommand : ICommand<SubsidieaanvraagDto>, IOrganisatieScoped
{
    public required Guid RegelingId { get; init; }

    /// <summary>The applying organisation, or the host applying for <see cref="Groepsnaam"/>.</summary>
    public required Guid OrganisatieId { get; init; }

    /// <summary>The informal group a host applies for; null when the organisation applies itself.</summary>
    public required string? Groepsnaam { get; init; }

    public required string Plan { get; init; }

    public required long BedragEurocent { get; init; }

    public required DateOnly Van { get; init; }

    public required DateOnly Tot { get; init; }

    /// <summary>The stable ids of the ambities of the wijk's agenda it serves (may be empty).</summary>
    public required IReadOnlyList<Guid> AmbitieIds { get; init; }
}

public sealed class CreateSubsidieaanvraagValidator : AbstractValidator<CreateSubsidieaanvraagCommand>
{
    public CreateSubsidieaanvraagValidator()
    {
        RuleFor(c => c.Groepsnaam).SafeText("de naam van de groep").MaximumLength(200).WithMessage("De naam van de groep mag hoogstens 200 tekens lang zijn.");
        RuleFor(c => c.Plan).NotEmpty().WithMessage("Beschrijf in uw eigen woorden wat u wilt doen.")
            .SafeText("het plan", multiline: true).MaximumLength(20000).WithMessage("Het plan mag hoogstens 20000 tekens lang zijn.");
        RuleFor(c => c.BedragEurocent).Eurocent("het bedrag");
        RuleFor(c => c.AmbitieIds).PresentList(20, "ambities");
    }
}

public sealed class CreateSubsidieaanvraagHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(CreateSubsidieaanvraagCommand c, CancellationToken cancellationToken)
    {
        var regeling = await db.Set<Subsidieregeling>().VindAsync(c.RegelingId, cancellationToken);
        var aanvraag = new Subsidieaanvraag(regeling, c.OrganisatieId, c.Groepsnaam, c.Plan, new Bedrag(c.BedragEurocent), c.Van, c.Tot, c.AmbitieIds, clock.GetUtcNow());
        db.Set<Subsidieaanvraag>().Add(aanvraag);
        await db.SaveChangesAsync(cancellationToken);
        return aanvraag.ToDto();
    }
}
