using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;

namespace Gemeenschapskracht.Application.Declaraties.Commands.WithdrawDeclaratiebetaling;

/// <summary>
/// The host's back office withdraws a prepared batch the bank did not execute (it refused the file, or the file was never
/// sent): its declaraties are free for a new batch, and a payee of it can be erased (AVG art. 17) without waiting.
/// </summary>
[Authorize(Roles = DeclaratieQueries.Beoordelaars)]
public sealed record WithdrawDeclaratiebetalingCommand : ICommand<DeclaratiebetalingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Reden { get; init; }
}

public sealed class WithdrawDeclaratiebetalingValidator : AbstractValidator<WithdrawDeclaratiebetalingCommand>
{
    public WithdrawDeclaratiebetalingValidator() =>
        RuleFor(c => c.Reden).RequiredText("de reden", Declaratiebetaling.IntrekkingsredenMaxLengte);
}

public sealed class WithdrawDeclaratiebetalingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<WithdrawDeclaratiebetalingCommand, DeclaratiebetalingDto>
{
    public async ValueTask<DeclaratiebetalingDto> Handle(WithdrawDeclaratiebetalingCommand command, CancellationToken cancellationToken)
    {
        var betaling = await db.GehosteBetalingen(user).VindAsync(command.Id, cancellationToken);
        var declaraties = await db.DeclaratiesVanAsync(betaling, cancellationToken);
        betaling.TrekIn(declaraties, command.Reden, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return betaling.ToDto();
    }
}
