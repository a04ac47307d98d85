using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.CreateVerantwoordingskader;

/// <summary>A new version of the gemeente's tiers of accountability; subsidies granted before keep the tier they got.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record CreateVerantwoordingskaderCommand : ICommand<VerantwoordingskaderDto>
{
    public required long ZonderVerslagTotEurocent { get; init; }

    public required long ActiviteitenverslagTotEurocent { get; init; }

    public required int SteekproefProcent { get; init; }
}

public sealed class CreateVerantwoordingskaderValidator : AbstractValidator<CreateVerantwoordingskaderCommand>
{
    public CreateVerantwoordingskaderValidator()
    {
        RuleFor(c => c.ZonderVerslagTotEurocent).Eurocent("de grens zonder verslag");
        RuleFor(c => c.ActiviteitenverslagTotEurocent).Eurocent("de grens voor een activiteitenverslag");
        RuleFor(c => c.SteekproefProcent).InclusiveBetween(0, 100).WithMessage("De steekproef is een percentage van 0 tot en met 100.");
    }
}

public sealed class CreateVerantwoordingskaderHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateVerantwoordingskaderCommand, VerantwoordingskaderDto>
{
    public async ValueTask<VerantwoordingskaderDto> Handle(CreateVerantwoordingskaderCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var geldend = await db.GeldendKaderAsync(now, cancellationToken);
        var kader = new Verantwoordingskader(geldend.Versie + 1, new Bedrag(command.ZonderVerslagTotEurocent), new Bedrag(command.ActiviteitenverslagTotEurocent),
            command.SteekproefProcent, now);
        db.Set<Verantwoordingskader>().Add(kader);
        await db.SaveChangesAsync(cancellationToken);
        return kader.ToDto();
    }
}
