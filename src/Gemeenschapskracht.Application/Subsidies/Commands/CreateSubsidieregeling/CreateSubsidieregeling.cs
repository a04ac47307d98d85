using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.CreateSubsidieregeling;

/// <summary>
/// Drafts a subsidieregeling on lines of a granted wijkbudget: its legal basis (Awb 4:23), the plafond for a period
/// (4:25, no more than the lines hold then), criteria, way of distribution, who may apply and the beslistermijn.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record CreateSubsidieregelingCommand : ICommand<SubsidieregelingDto>
{
    public required string Titel { get; init; }

    /// <summary>The article of the subsidieverordening, e.g. "Subsidieverordening sociale basis, art. 4".</summary>
    public required string Grondslag { get; init; }

    public required Guid WijkbudgetId { get; init; }

    /// <summary>The ids of the wijkbudget's lines the regeling draws on.</summary>
    public required IReadOnlyList<Guid> RegelIds { get; init; }

    public required long PlafondEurocent { get; init; }

    public required DateOnly PlafondVan { get; init; }

    public required DateOnly PlafondTot { get; init; }

    /// <summary>The criteria reviewers score each application on, by a rubric of three levels (at least one to publish).</summary>
    public required IReadOnlyList<ToetsingscriteriumInvoer> Criteria { get; init; }

    public required string Verdeelwijze { get; init; }

    public required string Aanvragers { get; init; }

    /// <summary>Weeks from submission to decision, 1 to 26 (Awb 4:13; eight when the regeling does not say otherwise).</summary>
    public required int BeslistermijnWeken { get; init; }

    /// <summary>From this amount two different reviewers judge an application (four eyes).</summary>
    public required long VierOgenVanafEurocent { get; init; }
}

public sealed class CreateSubsidieregelingValidator : AbstractValidator<CreateSubsidieregelingCommand>
{
    public CreateSubsidieregelingValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van de regeling", 200);
        RuleFor(c => c.Grondslag).RequiredText("het artikel van de subsidieverordening", 500);
        RuleFor(c => c.RegelIds).PresentList(100, "begrotingsregels");
        RuleFor(c => c.PlafondEurocent).Eurocent("het subsidieplafond");
        RuleFor(c => c.Criteria).PresentList(20, "criteria");
        RuleForEach(c => c.Criteria).SetValidator(new ToetsingscriteriumInvoerValidator());
        RuleFor(c => c.Verdeelwijze).SafeText("de wijze van verdelen", multiline: true).MaximumLength(2000).WithMessage("De wijze van verdelen mag hoogstens 2000 tekens lang zijn.");
        RuleFor(c => c.Aanvragers).SafeText("wie mag aanvragen", multiline: true).MaximumLength(2000).WithMessage("Wie mag aanvragen mag hoogstens 2000 tekens lang zijn.");
        RuleFor(c => c.VierOgenVanafEurocent).Eurocent("het bedrag vanaf welk twee beoordelaars beoordelen");
        RuleFor(c => c.BeslistermijnWeken).InclusiveBetween(1, 26).WithMessage("De beslistermijn ligt tussen 1 en 26 weken.");
    }
}

public sealed class CreateSubsidieregelingHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateSubsidieregelingCommand, SubsidieregelingDto>
{
    public async ValueTask<SubsidieregelingDto> Handle(CreateSubsidieregelingCommand c, CancellationToken cancellationToken)
    {
        var budget = await db.Set<Wijkbudget>().VindAsync(c.WijkbudgetId, cancellationToken);
        var regeling = new Subsidieregeling(c.Titel, c.Grondslag, budget, c.RegelIds, new Subsidieplafond(new Bedrag(c.PlafondEurocent), c.PlafondVan, c.PlafondTot),
            c.Criteria.Select(k => k.ToCriterium()).ToList(), c.Verdeelwijze ?? "", c.Aanvragers ?? "", c.BeslistermijnWeken, new Bedrag(c.VierOgenVanafEurocent), clock.GetUtcNow());
        db.Set<Subsidieregeling>().Add(regeling);
        await db.SaveChangesAsync(cancellationToken);
        return regeling.ToDto();
    }
}
