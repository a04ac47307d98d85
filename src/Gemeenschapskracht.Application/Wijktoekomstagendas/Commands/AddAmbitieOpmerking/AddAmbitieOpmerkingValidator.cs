using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.AddAmbitieOpmerking;

public sealed class AddAmbitieOpmerkingValidator : AbstractValidator<AddAmbitieOpmerkingCommand>
{
    public AddAmbitieOpmerkingValidator() => RuleFor(c => c.Tekst).RequiredText("de opmerking", 2000);
}
