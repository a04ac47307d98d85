using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Commands.AnonimiseerBetrokkene;

public sealed class AnonimiseerBetrokkeneValidator : AbstractValidator<AnonimiseerBetrokkeneCommand>
{
    public AnonimiseerBetrokkeneValidator()
    {
        this.AddBetrokkeneRules();
        RuleFor(c => c.Reden).RequiredText("de reden van de anonimisering", 1000);
    }
}
