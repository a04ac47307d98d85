using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.EvaluateUitdaging;

/// <summary>The evaluation of a transferred task, once; the challenger is mailed.</summary>
[Authorize(Roles = UitdagingQueries.Behandelaars)]
public sealed record EvaluateUitdagingCommand : ICommand<UitdagingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Evaluatie { get; init; }
}

public sealed class EvaluateUitdagingValidator : AbstractValidator<EvaluateUitdagingCommand>
{
    public EvaluateUitdagingValidator() => RuleFor(c => c.Evaluatie).NotEmpty().WithMessage("Schrijf de evaluatie.")
        .SafeText("de evaluatie", multiline: true).MaximumLength(20000).WithMessage("De evaluatie mag hoogstens 20000 tekens lang zijn.");
}

public sealed class EvaluateUitdagingHandler(IApplicationDbContext db, ICurrentUser user, IEmailSender mail, TimeProvider clock)
    : ICommandHandler<EvaluateUitdagingCommand, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(EvaluateUitdagingCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uitdaging = await db.ZichtbareUitdagingen(user).VindAsync(c.Id, cancellationToken);
        uitdaging.Evalueer(c.Evaluatie, now);
        await db.SaveChangesAsync(cancellationToken);
        await db.MailUitdagerAsync(mail, uitdaging, $"Evaluatie van uw uitdaging ({uitdaging.Kenmerk})",
            $"Wij hebben de uitvoering van de taak '{uitdaging.Taak}' geëvalueerd:\n\n{uitdaging.Evaluatie}", cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), now);
    }
}
