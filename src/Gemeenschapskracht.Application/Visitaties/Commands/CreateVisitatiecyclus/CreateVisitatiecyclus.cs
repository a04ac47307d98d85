using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.CreateVisitatiecyclus;

/// <summary>
/// The gemeente sets up a visitatiecyclus (R6.3, J9): the kind of subject it reviews, every how many months, the days
/// the reviewed party has to respond to the draft report, and the perspectives (none sent: the four defaults).
/// </summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
public sealed record CreateVisitatiecyclusCommand : ICommand<VisitatiecyclusDto>, IVisitatiecyclusvelden
{
    public required string Naam { get; init; }

    public required Onderwerpsoort Soort { get; init; }

    public required int CadansMaanden { get; init; }

    public required int ReactietermijnDagen { get; init; }

    /// <summary>The perspectives the panel scores on; null for the defaults (opgaven, belanghebbenden, vermogen, governance).</summary>
    public required IReadOnlyList<PerspectiefInvoer>? Perspectieven { get; init; }
}

public sealed class CreateVisitatiecyclusValidator : AbstractValidator<CreateVisitatiecyclusCommand>
{
    public CreateVisitatiecyclusValidator()
    {
        this.AddCyclusRules();
        RuleFor(c => c.Soort).IsInEnum().WithMessage("Kies wat de cyclus visiteert: een wijkprogramma, professionele inzet of een initiatief.");
        RuleFor(c => c.Perspectieven).Must(p => p is null || p.All(x => x.Id is null))
            .WithMessage("Een nieuwe cyclus heeft nieuwe perspectieven: stuur ze zonder id.");
        this.AddPerspectiefRules(c => c.Perspectieven);
    }
}

public sealed class CreateVisitatiecyclusHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateVisitatiecyclusCommand, VisitatiecyclusDto>
{
    public async ValueTask<VisitatiecyclusDto> Handle(CreateVisitatiecyclusCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var perspectieven = command.Perspectieven is { } p ? VisitatiecyclusRegels.NaarPerspectieven(p, now) : null;
        var cyclus = new Visitatiecyclus(command.Naam, command.Soort, command.CadansMaanden, command.ReactietermijnDagen, perspectieven, now);
        db.Set<Visitatiecyclus>().Add(cyclus);
        await db.SaveChangesAsync(cancellationToken);
        return cyclus.ToDto();
    }
}
