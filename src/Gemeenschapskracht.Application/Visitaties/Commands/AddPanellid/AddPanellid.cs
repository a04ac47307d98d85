using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Commands.AddPanellid;

/// <summary>
/// The gemeente proposes a panel member from the volunteers (R6.3), with what the member declared: the wijk they live
/// in, the organisations they belong to and any other interest. A resident of the reviewed wijk, a member of the
/// reviewed organisation or anyone declaring an interest is refused; a raadslid's seat needs the raadslid role and a
/// peer professional's the professional role in this gemeente.
/// </summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
public sealed record AddPanellidCommand : ICommand<VisitatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required Guid GebruikerId { get; init; }

    public required Panelrol Rol { get; init; }

    /// <summary>The wijk the member lives in (required for a resident).</summary>
    public required Guid? WoonwijkId { get; init; }

    /// <summary>The organisations the member declares they belong to (board, staff, volunteer).</summary>
    public required IReadOnlyList<Guid> OrganisatieIds { get; init; }

    /// <summary>Any other interest in the subject the member declares; a declared interest keeps them off the panel.</summary>
    public required string? Belang { get; init; }
}

public sealed class AddPanellidValidator : AbstractValidator<AddPanellidCommand>
{
    public AddPanellidValidator()
    {
        RuleFor(c => c.GebruikerId).NotEmpty().WithMessage("Kies wie in het panel komt.");
        RuleFor(c => c.Rol).IsInEnum().WithMessage("Kies de plaats in het panel: bewoner, raadslid of collega-professional.");
        RuleFor(c => c.WoonwijkId).NotEmpty().When(c => c.Rol == Panelrol.Bewoner).WithMessage("Geef de wijk waar deze bewoner woont.");
        RuleFor(c => c.OrganisatieIds).NotNull().WithMessage("Geef de organisaties waar het panellid bij hoort (of een lege lijst).")
            .Must(o => o is null || o.Count <= 20).WithMessage("Geef hoogstens 20 organisaties.");
        RuleFor(c => c.Belang).SafeText("het gemelde belang").MaximumLength(500).WithMessage("Het gemelde belang is hoogstens 500 tekens.");
    }
}

public sealed class AddPanellidHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<AddPanellidCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(AddPanellidCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        var lidmaatschap = await catalog.Lidmaatschappen.AsNoTracking().FirstOrDefaultAsync(l => l.UserId == command.GebruikerId && l.RevokedAt == null, cancellationToken)
            ?? throw Invoerfout.Bij("gebruikerId", "Deze persoon is geen lid van de gemeente; nodig haar of hem eerst uit.");
        var vereist = command.Rol switch { Panelrol.Raadslid => Roles.Raadslid, Panelrol.Collega => Roles.Professional, _ => null };
        if (vereist is not null && !lidmaatschap.RolLijst.Contains(vereist))
            throw Invoerfout.Bij("rol", command.Rol == Panelrol.Raadslid
                ? "Op de plaats van het raadslid zit iemand met de rol raadslid in deze gemeente."
                : "Een collega-professional heeft de rol professional in deze gemeente.");
        if (command.WoonwijkId is { } wijk && !await db.Set<Gebied>().AnyAsync(g => g.Id == wijk && g.Soort == GebiedSoort.Wijk, cancellationToken))
            throw Invoerfout.Bij("woonwijkId", "Deze wijk bestaat niet in deze gemeente.");
        var naam = (await users.GetAsync([command.GebruikerId], cancellationToken)).GetValueOrDefault(command.GebruikerId)?.Naam
            ?? throw Invoerfout.Bij("gebruikerId", "Deze persoon is geen lid van de gemeente; nodig haar of hem eerst uit.");
        visitatie.VoegPanellidToe(new Panellid(command.GebruikerId, naam, command.Rol, command.WoonwijkId, [.. command.OrganisatieIds.Distinct()], command.Belang),
            clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
