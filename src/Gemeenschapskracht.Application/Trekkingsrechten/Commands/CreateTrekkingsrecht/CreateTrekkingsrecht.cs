using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Trekkingsrechten.Dtos;
using Gemeenschapskracht.Application.Trekkingsrechten.Shared;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Commands.CreateTrekkingsrecht;

/// <summary>
/// Grants a resident initiative a trekkingsrecht (R4.5): hours of support from named suppliers, or an amount, for a
/// validity period, paid from one line of a granted wijkbudget.
/// </summary>
[Authorize(Roles = TrekkingsrechtQueries.Toekenners)]
public sealed record CreateTrekkingsrechtCommand : ICommand<TrekkingsrechtDto>
{
    /// <summary>The holder: the initiative's organisation, or the host organisation of <see cref="Groepsnaam"/>.</summary>
    public required Guid OrganisatieId { get; init; }

    /// <summary>An informal group that holds the right through its host.</summary>
    public string? Groepsnaam { get; init; }

    public required Guid WijkbudgetId { get; init; }

    public required Guid BudgetregelId { get; init; }

    public required TrekkingsEenheid Eenheid { get; init; }

    /// <summary>Whole hours, or eurocents.</summary>
    public required long Omvang { get; init; }

    /// <summary>For hours: what one hour costs the line, in eurocents.</summary>
    public long? TariefEurocent { get; init; }

    /// <summary>The professional organisations that may supply it.</summary>
    public IReadOnlyList<Guid> Leveranciers { get; init; } = [];

    /// <summary>The gemeente supplies ambtelijke ondersteuning itself.</summary>
    public bool GemeenteLevert { get; init; }

    public required DateOnly Van { get; init; }

    public required DateOnly Tot { get; init; }

    public required string Doel { get; init; }
}

public sealed class CreateTrekkingsrechtValidator : AbstractValidator<CreateTrekkingsrechtCommand>
{
    public CreateTrekkingsrechtValidator()
    {
        RuleFor(c => c.OrganisatieId).NotEmpty().WithMessage("Kies de organisatie die het trekkingsrecht krijgt.");
        RuleFor(c => c.WijkbudgetId).NotEmpty().WithMessage("Kies het wijkbudget waaruit het trekkingsrecht komt.");
        RuleFor(c => c.BudgetregelId).NotEmpty().WithMessage("Kies de begrotingsregel waaruit het trekkingsrecht komt.");
        RuleFor(c => c.Eenheid).IsInEnum().WithMessage("Kies uren of euro.");
        RuleFor(c => c.Groepsnaam).SafeText("de naam van de groep").MaximumLength(200).WithMessage("De naam van de groep mag hoogstens 200 tekens lang zijn.");
        RuleFor(c => c.Leveranciers).NotNull().Must(l => l.Count <= 20).WithMessage("Noem hoogstens 20 leveranciers.");
        RuleFor(c => c.Doel).RequiredText("het doel van het trekkingsrecht", 2000);
    }
}

public sealed class CreateTrekkingsrechtHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateTrekkingsrechtCommand, TrekkingsrechtDto>
{
    public async ValueTask<TrekkingsrechtDto> Handle(CreateTrekkingsrechtCommand c, CancellationToken cancellationToken)
    {
        var budget = await db.Set<Wijkbudget>().VindAsync(c.WijkbudgetId, cancellationToken);
        if (!await db.Set<Organisatie>().AnyAsync(o => o.Id == c.OrganisatieId, cancellationToken))
            throw new DomainException("De houder is geen organisatie in deze gemeente; kies de organisatie van het initiatief (of de gastorganisatie van de groep).");
        var leveranciers = c.Leveranciers.ToList();
        var bekend = await db.Set<Organisatie>().CountAsync(o => leveranciers.Contains(o.Id), cancellationToken);
        if (bekend != leveranciers.Distinct().Count())
            throw new DomainException("Een leverancier is geen organisatie in deze gemeente.");
        // Summed in memory: value-converted amounts.
        var vastgelegd = (await db.Set<Trekkingsrecht>().AsNoTracking().Where(t => t.WijkbudgetId == budget.Id && t.BudgetregelId == c.BudgetregelId)
            .Select(t => new { t.Waarde, t.Terugvloei }).ToListAsync(cancellationToken)).Sum(t => t.Waarde.Eurocent - (t.Terugvloei?.Eurocent ?? 0))
            + (await db.Set<Dienstverleningsafspraak>().AsNoTracking().Where(a => a.WijkbudgetId == budget.Id && a.BudgetregelId == c.BudgetregelId)
                .ToListAsync(cancellationToken)).Sum(a => a.Vastgelegd.Eurocent);
        var recht = new Trekkingsrecht(c.OrganisatieId, c.Groepsnaam, budget, c.BudgetregelId, c.Eenheid, c.Omvang,
            c.TariefEurocent is { } tarief ? new Bedrag(tarief) : null, leveranciers, c.GemeenteLevert, c.Van, c.Tot, c.Doel, new Bedrag(vastgelegd), clock.GetUtcNow());
        db.Set<Trekkingsrecht>().Add(recht);
        await db.SaveChangesAsync(cancellationToken);
        return recht.ToDto();
    }
}
