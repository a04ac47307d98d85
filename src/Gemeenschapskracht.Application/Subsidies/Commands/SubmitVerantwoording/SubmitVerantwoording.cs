using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.SubmitVerantwoording;

/// <summary>
/// The recipient reports on its subsidy, with only what the tier asks (G-4, G-10); below the lowest threshold only when
/// drawn in the steekproef. Once per beschikking; the gemeente is told by the vaststelling queue. Where a host keeps the
/// group's books the financial part is generated from them and kept with the report as it is now (G-4, ADR 0028).
/// </summary>
[Authorize(Roles = SubsidieQueries.Aanvragers)]
public sealed record SubmitVerantwoordingCommand : ICommand<VerantwoordingDto>
{
    public required Guid BeschikkingId { get; init; }

    public required string Activiteitenverslag { get; init; }

    public long? GerealiseerdeKostenEurocent { get; init; }

    public string? FinancieelVerslag { get; init; }

    public bool Accountantsverklaring { get; init; }
}

public sealed class SubmitVerantwoordingValidator : AbstractValidator<SubmitVerantwoordingCommand>
{
    public SubmitVerantwoordingValidator()
    {
        RuleFor(c => c.Activiteitenverslag).NotEmpty().WithMessage("Beschrijf in een paar zinnen wat er is gedaan.")
            .SafeText("het activiteitenverslag", multiline: true).MaximumLength(20000).WithMessage("Het activiteitenverslag mag hoogstens 20000 tekens lang zijn.");
        RuleFor(c => c.GerealiseerdeKostenEurocent!.Value).Eurocent("de gemaakte kosten").When(c => c.GerealiseerdeKostenEurocent is not null);
        RuleFor(c => c.FinancieelVerslag).SafeText("het financieel verslag", multiline: true).MaximumLength(20000).WithMessage("Het financieel verslag mag hoogstens 20000 tekens lang zijn.");
    }
}

[Regel(Regelcatalogus.G4)]
[Regel(Regelcatalogus.G10)]
public sealed class SubmitVerantwoordingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitVerantwoordingCommand, VerantwoordingDto>
{
    public async ValueTask<VerantwoordingDto> Handle(SubmitVerantwoordingCommand command, CancellationToken cancellationToken)
    {
        var beschikking = await db.ZichtbareBeschikkingen(user).AsNoTracking().VindAsync(command.BeschikkingId, cancellationToken);
        if (await db.Set<Verantwoording>().AnyAsync(v => v.BeschikkingId == beschikking.Id, cancellationToken))
            throw new DomainException("Voor deze subsidie is het verslag al ingediend.");
        var now = clock.GetUtcNow();
        var uitAdministratie = await db.UitAdministratieAsync(db.Set<Administratie>(), beschikking, now, cancellationToken);
        var verantwoording = Verantwoording.DienIn(beschikking, command.Activiteitenverslag,
            command.GerealiseerdeKostenEurocent is { } kosten ? new Bedrag(kosten) : null, command.FinancieelVerslag, command.Accountantsverklaring, now, uitAdministratie);
        db.Set<Verantwoording>().Add(verantwoording);
        await db.SaveChangesAsync(cancellationToken);
        return verantwoording.ToDto();
    }
}
